package dev.leadbridge.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.learning.ConversionModel;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.ConversionTraining;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Labelled;
import dev.leadbridge.qualification.domain.learning.ConversionTraining.Trained;
import dev.leadbridge.qualification.domain.learning.SyntheticHistory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model exported as its document and imported again scores every lead exactly as before. */
class ConversionModelDocumentTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<SyntheticHistory.Lead> HISTORY = SyntheticHistory.generate(3_000, 31);
    private static final Trained TRAINED = (Trained) ConversionTraining.train(
            HISTORY.stream().map(lead -> new Labelled(lead.signals(0, 0), lead.accepted())).toList(),
            new ConversionTraining.Options(40, 0.25, 1, 1.0, 20));

    @Test
    void anExportedModelImportedAgainScoresEveryLeadIdentically() throws Exception {
        String exported = JSON.writeValueAsString(document());

        ConversionModel imported = JSON.readValue(exported, ConversionModelDocument.class).toDomain();

        assertThat(imported).isEqualTo(TRAINED.model());
        for (SyntheticHistory.Lead lead : HISTORY.subList(0, 200)) {
            assertThat(imported.predict(lead.signals(0, 0), 5))
                    .isEqualTo(TRAINED.model().predict(lead.signals(0, 0), 5));
        }
        assertThat(JSON.readTree(exported).get("format").asText()).isEqualTo("leadbridge.conversion-model.v1");
        assertThat(JSON.readTree(exported).get("features").get(0).has("weight")).isTrue();
    }

    @Test
    void aDocumentOfAnotherShapeOrForSignalsThisServiceDoesNotComputeIsRefusedWithEveryProblem() throws Exception {
        ObjectNode broken = JSON.valueToTree(document());
        broken.put("format", "someone-elses-model");
        broken.put("outcome", "liked");
        ObjectNode first = (ObjectNode) broken.get("features").get(0);
        first.put("signal", "shoe-size");
        ObjectNode second = (ObjectNode) broken.get("features").get(1);
        second.put("scale", 0);
        ConversionModelDocument document = JSON.treeToValue(broken, ConversionModelDocument.class);

        assertThatThrownBy(document::toDomain).isInstanceOfSatisfying(InvalidDocumentException.class,
                invalid -> assertThat(invalid.problems()).hasSize(4).anySatisfy(problem -> assertThat(problem)
                        .startsWith("features[0].signal 'shoe-size' is no signal")));
    }

    @Test
    void aNumberGivenALevelOrACategoryWithoutOneAndAFeatureTwiceAreRefused() throws Exception {
        ObjectNode broken = JSON.valueToTree(document());
        ObjectNode last = (ObjectNode) broken.get("features").get(broken.get("features").size() - 1);
        last.put("level", "high");
        broken.withArray("features").add(broken.get("features").get(0).deepCopy());

        assertThatThrownBy(() -> JSON.treeToValue(broken, ConversionModelDocument.class).toDomain())
                .isInstanceOfSatisfying(InvalidDocumentException.class, invalid -> assertThat(invalid.problems())
                        .anySatisfy(problem -> assertThat(problem).contains(".level must be given for a category"))
                        .anySatisfy(problem -> assertThat(problem).contains("repeats")));
    }

    private static ConversionModelDocument document() {
        return ConversionModelDocument.of(ConversionOutcome.ACCEPTED, TRAINED.model(),
                Instant.parse("2026-12-04T12:00:00Z"), new ConversionModelDocument.Training(
                        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                        TRAINED.trainingExamples(), TRAINED.positives(), TRAINED.negatives(), 1.0, 0.25, 1, 20),
                TRAINED.holdOut());
    }
}
