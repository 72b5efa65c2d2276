package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.qualification.domain.learning.SegmentCalibration.Judged;
import dev.leadbridge.qualification.domain.learning.SegmentCalibration.Line;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentCalibrationTests {

    @Test
    void givesEachSegmentsMeanPredictionBesideItsActualRate() {
        List<Judged> judged = List.of(
                new Judged(Map.of("channel", "event", "grade", "A"), 0.9, true),
                new Judged(Map.of("channel", "event", "grade", "B"), 0.7, false),
                new Judged(Map.of("channel", "paid_search", "grade", "A"), 0.2, true),
                new Judged(Map.of("channel", "paid_search", "grade", "B"), 0.1, false));

        Map<String, List<Line>> lines = SegmentCalibration.of(judged);

        assertThat(lines.get("channel")).containsExactly(new Line("event", 2, 0.8, 0.5),
                new Line("paid_search", 2, 0.15, 0.5));
        assertThat(lines.get("grade")).containsExactly(new Line("A", 2, 0.55, 1.0), new Line("B", 2, 0.4, 0.0));
    }
}
