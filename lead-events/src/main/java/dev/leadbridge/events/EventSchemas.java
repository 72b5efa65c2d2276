package dev.leadbridge.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks payload JSON against the JSON Schema of its {@link EventType}. Producers' tests assert that what they emit
 * validates; consumers check what they receive, so a record that breaks the contract goes to the dead-letter topic
 * with the list of violations instead of failing somewhere deep in business logic.
 * <p>
 * Format keywords ({@code uuid}, {@code date-time}, {@code duration}) are asserted, not just annotated, because the
 * contract relies on them. Schemas are loaded once per type and shared; validation is thread-safe.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<EventType, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * Every way the JSON breaks the schema of the type, each as {@code <JSON pointer>: <message>}; empty when valid.
     * Malformed JSON is reported as a single violation rather than thrown.
     */
    public static List<String> violations(EventType type, String json) {
        return EventJson.syntaxError(json)
                .map(List::of)
                .orElseGet(() -> schemaOf(type).validate(json, InputFormat.JSON).stream()
                        .map(EventSchemas::describe)
                        .toList());
    }

    /**
     * Passes when the JSON satisfies the schema of the type.
     *
     * @throws PoisonEventException naming the type and listing every violation otherwise
     */
    public static void requireValid(EventType type, String json) {
        List<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new PoisonEventException(type.ceType() + " payload breaks its schema: "
                    + String.join("; ", violations));
        }
    }

    private static Schema schemaOf(EventType type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static Schema load(EventType type) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + type.schemaResource() + " is missing");
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + type.schemaResource(), e);
        }
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "/" : location) + ": " + error.getMessage();
    }
}
