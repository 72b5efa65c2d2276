package dev.leadbridge.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring model document is the API's and storage's shape, apart from the domain record: the names marketing and
 * stored models use are written out here, so a renamed domain field that leaks into the document fails.
 */
class ScoringModelDocumentTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theDefaultModelRoundTripsThroughItsDocument() throws Exception {
        ScoringModel model = ScoringModel.defaultModel();

        JsonNode written = JSON.valueToTree(ScoringModelDocument.of(model));

        assertThat(JSON.treeToValue(written, ScoringModelDocument.class).toDomain()).isEqualTo(model);
    }

    @Test
    void theDocumentKeepsTheNamesMarketingWritesWith() {
        JsonNode written = JSON.valueToTree(ScoringModelDocument.of(ScoringModel.defaultModel()));

        assertThat(names(written)).containsExactly("version", "fit", "engagement", "negative", "grades", "mql");
        assertThat(names(written.get("fit")))
                .containsExactly("titles", "companySizes", "industries", "countries", "emailDomain");
        assertThat(names(written.get("fit").get("titles").get(0))).containsExactly("id", "dimension", "keywords",
                "points");
        assertThat(names(written.get("fit").get("companySizes").get(0))).containsExactly("id", "minEmployees",
                "points");
        assertThat(names(written.get("fit").get("emailDomain"))).containsExactly("id", "freeMailDomains",
                "corporatePoints", "freeMailPoints");
        assertThat(names(written.get("engagement").get(0))).containsExactly("id", "type", "points", "halfLife",
                "maxCounted");
        assertThat(names(written.get("negative").get(0))).containsExactly("id", "signal", "points", "disqualifying",
                "domains", "titleKeywords");
        assertThat(names(written.get("grades"))).containsExactly("a", "b", "c");
        assertThat(names(written.get("mql"))).containsExactly("minTotal", "minGrade", "handRaisers",
                "handRaiserWindow");
    }

    @Test
    void aDraftMissingItsPartsReachesValidationWithThemMissing() {
        ScoringModel draft = new ScoringModelDocument(0, null, null, null, null, null).toDomain();

        assertThat(ScoringModels.problemsOf(draft)).isNotEmpty();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            names.add(fields.next());
        }
        return names;
    }
}
