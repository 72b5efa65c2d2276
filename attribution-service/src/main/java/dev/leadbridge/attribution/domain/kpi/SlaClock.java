package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of one SLA clock, as the {@code sla.*} events tell it. A clock still running within its SLA has no
 * outcome yet and is not represented; the reports leave it out.
 */
public sealed interface SlaClock permits SlaClock.Decided, SlaClock.OpenBreach {

    UUID timerId();

    UUID leadId();

    /** When the clock started: what puts it into a report's window. */
    Instant startedAt();

    /** The lead's source channel, joined in by the read model. */
    Channel channel();

    /**
     * Sales decided ({@code leadbridge.sla.met.v1}), on time or late.
     *
     * @param breached       the decision came after the due time
     * @param timeToDecision time from start to decision: the "speed to lead"; the read model picks business or wall
     *                       time ({@code elapsedBusiness} / {@code elapsedWall}) and uses it for every clock
     */
    record Decided(UUID timerId, UUID leadId, Instant startedAt, Channel channel, boolean breached,
                   Duration timeToDecision) implements SlaClock {

        public Decided {
            Objects.requireNonNull(timerId, "timerId");
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(timeToDecision, "timeToDecision");
            if (timeToDecision.isNegative()) {
                throw new IllegalArgumentException("timeToDecision must not be negative, was " + timeToDecision);
            }
        }
    }

    /** The clock breached ({@code leadbridge.sla.breached.v1}) and sales has not decided yet. */
    record OpenBreach(UUID timerId, UUID leadId, Instant startedAt, Channel channel) implements SlaClock {

        public OpenBreach {
            Objects.requireNonNull(timerId, "timerId");
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(channel, "channel");
        }
    }
}
