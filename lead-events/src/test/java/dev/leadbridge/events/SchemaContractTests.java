package dev.leadbridge.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps records and schemas in step: a record component without a schema property (or the reverse), a property of
 * the wrong JSON type or format, or an enum whose values differ from the Java constants fails here, even for fields
 * the sample payloads would not reveal.
 */
class SchemaContractTests {

    private static final ObjectMapper TREES = new ObjectMapper();

    /** JSON type and format of each scalar Java type used in payloads. */
    private static final Map<Class<?>, String> SCALARS = Map.of(
            String.class, "string",
            UUID.class, "string/uuid",
            Instant.class, "string/date-time",
            Duration.class, "string/duration",
            int.class, "integer",
            Integer.class, "integer",
            boolean.class, "boolean",
            double.class, "number",
            BigDecimal.class, "string",
            Currency.class, "string");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecordComponentsWithTheirTypes(EventType type) throws IOException {
        assertDescribes(EventSchemasTests.schemaOf(type), type.payloadType(), "/");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsDraft2020AndRejectsUnknownTopLevelFields(EventType type) throws IOException {
        JsonNode schema = EventSchemasTests.schemaOf(type);

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).endsWith(type.ceType());
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fullSamplePayloadSetsEveryField(EventType type) {
        assertEveryFieldSet(SamplePayloads.full(type), type.name());
    }

    private static void assertDescribes(JsonNode schema, Class<?> record, String path) {
        assertThat(schema.path("type").asText()).as(path).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(true)).as(path + " additionalProperties").isFalse();
        List<String> properties = listOf(schema.path("properties").fieldNames());
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(properties).as(path + " properties").containsExactlyElementsOf(components);
        for (RecordComponent component : record.getRecordComponents()) {
            assertProperty(schema.path("properties").path(component.getName()), component.getGenericType(),
                    path + component.getName());
        }
    }

    private static void assertProperty(JsonNode property, Type type, String path) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("array");
            assertProperty(property.path("items"), generic.getActualTypeArguments()[0], path + "/items");
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("object");
            assertThat(property.path("additionalProperties").path("type").asText()).as(path).isEqualTo("string");
        } else if (type instanceof Class<?> clazz && clazz.isRecord()) {
            assertDescribes(property, clazz, path + "/");
        } else if (type instanceof Class<?> clazz && clazz.isEnum()) {
            assertThat(listOf(property.path("enum").elements()).stream().map(JsonNode::asText))
                    .as(path + " enum").containsExactlyElementsOf(wireValues(clazz));
        } else {
            assertThat(describe(property)).as(path).isEqualTo(SCALARS.get((Class<?>) type));
            if (type == BigDecimal.class || type == Currency.class) {
                assertThat(property.has("pattern")).as(path + " pattern").isTrue();
            }
        }
    }

    private static String describe(JsonNode property) {
        String type = property.path("type").asText();
        return property.has("format") ? type + "/" + property.get("format").asText() : type;
    }

    private static List<String> wireValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> EventJson.read(EventJson.write(constant), String.class))
                .toList();
    }

    private static void assertEveryFieldSet(Object value, String path) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String fieldPath = path + "." + component.getName();
            assertThat(field).as(fieldPath).isNotNull();
            if (field instanceof Collection<?> collection) {
                assertThat(collection).as(fieldPath).isNotEmpty();
                assertThat(collection).as(fieldPath).anySatisfy(element -> assertEveryFieldSet(element, fieldPath));
            } else if (field instanceof Map<?, ?> map) {
                assertThat(map).as(fieldPath).isNotEmpty();
            } else if (field.getClass().isRecord()) {
                assertEveryFieldSet(field, fieldPath);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> List<T> listOf(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
