package dev.leadbridge.sla.application;

import dev.leadbridge.sla.domain.clock.ClockNotFoundException;
import dev.leadbridge.sla.domain.clock.Elapsed;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.persistence.ClockEntity;
import dev.leadbridge.sla.persistence.ClockRepository;
import dev.leadbridge.sla.persistence.ClockState;
import dev.leadbridge.sla.persistence.LeadLatencyEntity;
import dev.leadbridge.sla.persistence.LeadLatencyRepository;
import dev.leadbridge.sla.persistence.PauseEntity;
import dev.leadbridge.sla.persistence.PauseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The two clocks reported per lead: system latency, from capture to the first assignment (how long the machinery
 * took), and human response, from the current owner's assignment to the decision (how long sales took), with the
 * pauses that did not count.
 */
@ApplicationScoped
public class LeadClocks {

    /** The lead's two clocks; either may be absent while its events have not arrived. */
    public record LeadClockView(UUID leadId, SystemLatency systemLatency, HumanResponse humanResponse) {
    }

    /**
     * From capture to the first assignment, in wall time (the system works around the clock).
     *
     * @param latency absent until both ends are known
     */
    public record SystemLatency(Instant capturedAt, Instant assignedAt, Duration latency) {
    }

    /**
     * The latest acceptance clock: from its owner's assignment to acceptance or rejection, paused time left out, in
     * business time on its calendar and in wall time; so far for a running clock.
     *
     * @param state {@code open}, {@code stopped} or {@code superseded}
     */
    public record HumanResponse(UUID timerId, String policyId, String ownerId, String teamId, String state,
                                Instant startedAt, Instant warnAt, Instant dueAt, Instant stoppedAt, String outcome,
                                boolean breached, Duration elapsedBusiness, Duration elapsedWall, boolean paused,
                                List<PauseView> pauses) {
    }

    /** A pause with its reason; {@code resumedAt} absent while it runs, {@code resumedBy} when the clock stopped. */
    public record PauseView(Instant pausedAt, Instant resumedAt, String reason, String pausedBy, String resumedBy) {
    }

    private final ClockRepository clocks;
    private final PauseRepository pauses;
    private final LeadLatencyRepository latencies;
    private final SlaDefinitions definitions;
    private final Clock clock;

    LeadClocks(ClockRepository clocks, PauseRepository pauses, LeadLatencyRepository latencies,
               SlaDefinitions definitions, Clock clock) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.latencies = latencies;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** The lead's clocks; a 404 problem for a lead this service has never heard of. */
    @WithSession
    public Uni<LeadClockView> of(UUID leadId) {
        return view(leadId).invoke(view -> {
            if (view.systemLatency() == null && view.humanResponse() == null) {
                throw new ClockNotFoundException(leadId);
            }
        });
    }

    /** The view inside the caller's session or transaction. */
    Uni<LeadClockView> view(UUID leadId) {
        return latencies.findById(leadId).chain(latency -> clocks.latest(leadId).chain(latest -> latest == null
                ? Uni.createFrom().item(new LeadClockView(leadId, systemLatency(latency), null))
                : humanResponse(latest).map(human -> new LeadClockView(leadId, systemLatency(latency), human))));
    }

    private static SystemLatency systemLatency(LeadLatencyEntity latency) {
        if (latency == null) {
            return null;
        }
        Duration took = latency.capturedAt != null && latency.assignedAt != null
                ? BusinessTime.WALL.between(latency.capturedAt, latency.assignedAt) : null;
        return new SystemLatency(latency.capturedAt, latency.assignedAt, took);
    }

    private Uni<HumanResponse> humanResponse(ClockEntity latest) {
        return pauses.ofClock(latest.id).chain(clockPauses -> elapsed(latest, clockPauses).map(elapsed -> {
            boolean paused = latest.state == ClockState.OPEN && clockPauses.stream().anyMatch(PauseEntity::running);
            return new HumanResponse(latest.id, latest.policyId, latest.ownerId, latest.teamId,
                    latest.state.name().toLowerCase(Locale.ROOT), latest.startedAt, latest.warnAt, latest.dueAt,
                    latest.stoppedAt, latest.outcome == null ? null : latest.outcome.wire(),
                    latest.breached || latest.breachFiredAt != null, elapsed.business(), elapsed.wall(), paused,
                    clockPauses.stream().map(p -> new PauseView(p.pausedAt, p.resumedAt, p.reason, p.pausedBy,
                            p.resumedBy)).toList());
        }));
    }

    /** As stored for a stopped clock; otherwise measured up to now (or the supersession), less the pauses. */
    private Uni<Elapsed> elapsed(ClockEntity found, List<PauseEntity> clockPauses) {
        if (found.state == ClockState.STOPPED && found.elapsedBusinessSeconds != null) {
            return Uni.createFrom().item(new Elapsed(Duration.ofSeconds(found.elapsedBusinessSeconds),
                    Duration.ofSeconds(found.elapsedWallSeconds)));
        }
        Instant until = found.state == ClockState.OPEN ? clock.instant() : found.stoppedAt;
        List<Pause> asPauses = clockPauses.stream().map(p -> p.toDomain(until)).toList();
        return definitions.calendarById(found.calendarId)
                .map(calendar -> Elapsed.between(new BusinessTime(calendar), found.startedAt, until, asPauses))
                .map(elapsed -> new Elapsed(wholeSeconds(elapsed.business()), wholeSeconds(elapsed.wall())));
    }

    private static Duration wholeSeconds(Duration duration) {
        return Duration.ofSeconds(duration.toSeconds());
    }
}
