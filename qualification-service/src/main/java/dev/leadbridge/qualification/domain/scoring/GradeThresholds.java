package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.platform.validation.Problems;

/**
 * The least fit a lead needs for each grade; below {@code c} it is a D. Grades measure who the lead is, not what it
 * did, so SLA policies and routing can treat a well-fitting lead as urgent even before it engages much.
 */
public record GradeThresholds(int a, int b, int c) {

    Grade gradeOf(int fit) {
        if (fit >= a) {
            return Grade.A;
        }
        if (fit >= b) {
            return Grade.B;
        }
        return fit >= c ? Grade.C : Grade.D;
    }

    void validate(Problems problems) {
        problems.check(a > b && b > c, "grades: thresholds must fall from A to C (a > b > c), were a=%d b=%d c=%d",
                a, b, c);
    }
}
