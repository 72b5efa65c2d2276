package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaOutcome;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.sla.domain.clock.AcceptanceClock;
import dev.leadbridge.sla.domain.clock.ClockSchedule;
import dev.leadbridge.sla.domain.clock.ClockTimeline;
import dev.leadbridge.sla.domain.clock.Elapsed;
import dev.leadbridge.sla.domain.clock.ScheduledEscalation;
import dev.leadbridge.sla.domain.policy.CalendarChoice;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.persistence.ClockEntity;
import dev.leadbridge.sla.persistence.ClockRepository;
import dev.leadbridge.sla.persistence.ClockState;
import dev.leadbridge.sla.persistence.LeadLatencyRepository;
import dev.leadbridge.sla.persistence.PauseRepository;
import dev.leadbridge.sla.persistence.TimerEntity;
import dev.leadbridge.sla.persistence.TimerKind;
import dev.leadbridge.sla.persistence.TimerRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts and stops acceptance clocks from lifecycle events, and records the two ends of each lead's system latency.
 * Runs inside the inbox transaction that records the event id, so each event is applied once; the clock, its durable
 * timers and {@code sla.met} commit together.
 */
@ApplicationScoped
public class AcceptanceClocks {

    private static final Logger LOG = Logger.getLogger(AcceptanceClocks.class);

    private final SlaDefinitions definitions;
    private final ClockRepository clocks;
    private final TimerRepository timers;
    private final PauseRepository pauses;
    private final LeadLatencyRepository latencies;
    private final Outbox outbox;
    private final ClockAnnouncements announcements;

    AcceptanceClocks(SlaDefinitions definitions, ClockRepository clocks, TimerRepository timers,
                     PauseRepository pauses, LeadLatencyRepository latencies, Outbox outbox,
                     ClockAnnouncements announcements) {
        this.definitions = definitions;
        this.clocks = clocks;
        this.timers = timers;
        this.pauses = pauses;
        this.latencies = latencies;
        this.outbox = outbox;
        this.announcements = announcements;
    }

    /** Starts the owner's clock; the lead's first assignment also ends its system latency. */
    public Uni<Void> onAssigned(CloudEventAttributes event, LeadAssigned assigned) {
        return latencies.recordAssignment(assigned.leadId(), assigned.assignedAt(), assigned.ownerId(),
                        assigned.teamId(), assigned.channel())
                .chain(() -> start(event, new Start(assigned.leadId(), assigned.ownerId(), assigned.teamId(),
                        assigned.grade(), assigned.channel(), assigned.mqlReason(), assigned.assignedAt())));
    }

    /** Records the start of the lead's system latency; its first assignment may have arrived already. */
    public Uni<Void> onCaptured(CloudEventAttributes event, LeadCaptured captured) {
        return latencies.recordCapture(captured.leadId(), captured.capturedAt())
                .invoke(() -> LOG.debugf("Lead %s: captured at %s (event %s)", captured.leadId(),
                        captured.capturedAt(), event.id()))
                .replaceWithVoid();
    }

    /**
     * A new owner of an assigned lead owes its first response: their clock starts. An accepted or converted lead that
     * changes hands (its rep left) has been responded to already; no clock starts for it.
     */
    public Uni<Void> onReassigned(CloudEventAttributes event, LeadReassigned reassigned) {
        if (reassigned.stage() != null && reassigned.stage() != LifecycleStage.ASSIGNED) {
            LOG.debugf("Lead %s changed hands as %s; no first response is owed (event %s)", reassigned.leadId(),
                    reassigned.stage().wire(), event.id());
            return Uni.createFrom().voidItem();
        }
        return start(event, new Start(reassigned.leadId(), reassigned.ownerId(), reassigned.teamId(),
                reassigned.grade(), reassigned.channel(), null, reassigned.reassignedAt()));
    }

    public Uni<Void> onAccepted(CloudEventAttributes event, LeadAccepted accepted) {
        return stop(event, accepted.leadId(), SlaOutcome.ACCEPTED, accepted.acceptedAt());
    }

    public Uni<Void> onRejected(CloudEventAttributes event, LeadRejected rejected) {
        return stop(event, rejected.leadId(), SlaOutcome.REJECTED, rejected.rejectedAt());
    }

    /**
     * A lead recycled while its clock runs was never decided on by an owner: a queued MQL whose score faded went back
     * to nurture. Its clock ends without {@code sla.met} (nobody met or missed anything from then on); after a
     * rejection the clock has stopped already and this changes nothing.
     */
    public Uni<Void> onRecycled(CloudEventAttributes event, LeadRecycled recycled) {
        return clocks.lockOpen(recycled.leadId()).chain(open -> {
            if (open == null) {
                return Uni.createFrom().voidItem();
            }
            return clocks.withdrawOpen(recycled.leadId(), recycled.recycledAt())
                    .chain(() -> announcements.announce(open, SlaClockState.ENDED, recycled.recycledAt()))
                    .invoke(() -> LOG.infof("Lead %s went back to nurture (%s); its clock ended (event %s)",
                            recycled.leadId(), recycled.reason().wire(), event.id()));
        });
    }

    private record Start(UUID leadId, String ownerId, String teamId, Grade grade, Channel channel,
                         MqlReason mqlReason, Instant startedAt) {
    }

    private Uni<Void> start(CloudEventAttributes event, Start start) {
        return clocks.findOpen(start.leadId()).chain(open -> {
            if (open != null && open.startedAt.equals(start.startedAt())
                    && Objects.equals(open.ownerId, start.ownerId())) {
                // the same assignment announced again under another event id (a replay): its clock runs already
                LOG.debugf("Lead %s: clock %s already runs for this assignment; event %s ignored",
                        start.leadId(), open.id, event.id());
                return Uni.createFrom().voidItem();
            }
            return definitions.selector().chain(policies -> {
                SlaPolicy policy = policies.value().select(start.grade(), start.channel(), start.mqlReason());
                return definitions.calendarFor(namedCalendar(policy), start.teamId())
                        .chain(calendar -> clocks.supersedeOpen(start.leadId(), start.startedAt())
                                .chain(() -> persist(event, start, policy, policies.version(),
                                        new BusinessTime(calendar))));
            });
        });
    }

    private Uni<Void> persist(CloudEventAttributes event, Start start, SlaPolicy policy, int policyVersion,
                              BusinessTime time) {
        ClockSchedule schedule = new AcceptanceClock(policy, time, start.startedAt(), List.of()).schedule();
        ClockEntity clock = new ClockEntity();
        clock.id = UUID.randomUUID();
        clock.leadId = start.leadId();
        clock.policyId = policy.id();
        clock.policyVersion = policyVersion;
        clock.timeMode = policy.mode();
        clock.calendarId = time.calendar().id();
        clock.ownerId = start.ownerId();
        clock.teamId = start.teamId();
        clock.channel = start.channel();
        clock.grade = start.grade();
        clock.mqlReason = start.mqlReason();
        clock.startedAt = start.startedAt();
        clock.warnAt = schedule.warnAt();
        clock.dueAt = schedule.dueAt();
        clock.state = ClockState.OPEN;
        List<TimerEntity> due = new ArrayList<>();
        due.add(TimerEntity.of(clock.id, clock.leadId, TimerKind.WARNING, 0, null, schedule.warnAt()));
        due.add(TimerEntity.of(clock.id, clock.leadId, TimerKind.BREACH, 0, null, schedule.dueAt()));
        for (ScheduledEscalation escalation : schedule.escalations()) {
            due.add(TimerEntity.of(clock.id, clock.leadId, TimerKind.ESCALATION, escalation.step(),
                    escalation.action(), escalation.at()));
        }
        return clocks.persist(clock)
                .chain(() -> clocks.flush())
                .chain(() -> timers.persist(due))
                .chain(() -> announcements.announce(clock, SlaClockState.RUNNING, clock.startedAt))
                .invoke(() -> LOG.infof("Lead %s: clock %s started for owner %s under policy %s of policies "
                                + "version %d, due %s (event %s)", clock.leadId, clock.id, clock.ownerId,
                        clock.policyId, clock.policyVersion, clock.dueAt, event.id()))
                .replaceWithVoid();
    }

    private Uni<Void> stop(CloudEventAttributes event, UUID leadId, SlaOutcome outcome, Instant stoppedAt) {
        return clocks.lockOpen(leadId).chain(clock -> {
            if (clock == null) {
                LOG.debugf("Lead %s: no running clock to stop; event %s ignored", leadId, event.id());
                return Uni.createFrom().voidItem();
            }
            return pauses.ofClock(clock.id).chain(clockPauses -> definitions.calendarById(clock.calendarId)
                    .chain(calendar -> {
                        // a pause still running when the decision comes ends with it: none of it counts
                        List<Pause> finished = clockPauses.stream().filter(p -> !p.running())
                                .map(p -> p.toDomain(stoppedAt)).toList();
                        List<Pause> all = clockPauses.stream().map(p -> p.toDomain(stoppedAt)).toList();
                        Instant dueAt = ClockTimeline.of(clock.timeMode, calendar, clock.startedAt)
                                .rescheduled(clock.dueAt, finished, all);
                        Elapsed elapsed = Elapsed.between(new BusinessTime(calendar), clock.startedAt, stoppedAt, all);
                        boolean breached = stoppedAt.isAfter(dueAt);
                        SlaMet met = new SlaMet(leadId, clock.id, clock.policyId, clock.ownerId, clock.teamId,
                                outcome, clock.startedAt, dueAt, stoppedAt, elapsed.business(), elapsed.wall(),
                                breached, clock.policyVersion);
                        return clocks.stop(clock.id, outcome, stoppedAt, met.elapsedBusiness(), met.elapsedWall(),
                                        breached)
                                .chain(() -> outbox.enqueue(EventType.SLA_MET, leadId, met))
                                .chain(() -> announcements.announce(clock, SlaClockState.ENDED, clock.warnAt, dueAt,
                                        stoppedAt))
                                .invoke(() -> LOG.infof("Lead %s: clock %s stopped (%s, breached %s) (event %s)",
                                        leadId, clock.id, outcome.wire(), breached, event.id()))
                                .replaceWithVoid();
                    }));
        });
    }

    private static Optional<String> namedCalendar(SlaPolicy policy) {
        return policy.calendar() instanceof CalendarChoice.Named named
                ? Optional.of(named.calendarId()) : Optional.empty();
    }
}
