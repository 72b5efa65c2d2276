package dev.leadbridge.sla.domain.clock;

import java.time.Instant;
import java.util.List;

/**
 * The instants an open acceptance clock fires at, in order: the warning, the breach at the due instant, then the
 * escalations. Each is an open instant of the clock's time (see
 * {@link dev.leadbridge.sla.domain.time.BusinessTime}), so alerts never fire while the calendar is closed.
 */
public record ClockSchedule(Instant warnAt, Instant dueAt, List<ScheduledEscalation> escalations) {

    public ClockSchedule {
        escalations = List.copyOf(escalations);
    }
}
