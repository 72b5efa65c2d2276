package dev.leadbridge.sla.application;

import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.sla.domain.clock.ClockNotFoundException;
import dev.leadbridge.sla.domain.clock.ClockStateException;
import dev.leadbridge.sla.domain.clock.ClockStateException.Conflict;
import dev.leadbridge.sla.domain.clock.ClockTimeline;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.persistence.ClockEntity;
import dev.leadbridge.sla.persistence.ClockRepository;
import dev.leadbridge.sla.persistence.PauseEntity;
import dev.leadbridge.sla.persistence.PauseRepository;
import dev.leadbridge.sla.persistence.TimerEntity;
import dev.leadbridge.sla.persistence.TimerRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Pauses and resumes a lead's running acceptance clock on a manager's word. While paused, the clock's timers that are
 * not yet due are held, so none fires; on resume every pause so far is left out of the clock, its warning, due and
 * escalation instants move accordingly (in business time on its calendar, so a pause over a holiday or a night costs
 * the owner nothing), and the held timers are released at their new instants. Each runs in one transaction holding
 * the clock's row lock, so it is serialised with the lifecycle consumer stopping the clock.
 */
@ApplicationScoped
public class ClockPauses {

    private static final Logger LOG = Logger.getLogger(ClockPauses.class);

    private final ClockRepository clocks;
    private final PauseRepository pauses;
    private final TimerRepository timers;
    private final SlaDefinitions definitions;
    private final LeadClocks views;
    private final ClockAnnouncements announcements;
    private final Clock clock;

    ClockPauses(ClockRepository clocks, PauseRepository pauses, TimerRepository timers, SlaDefinitions definitions,
                LeadClocks views, ClockAnnouncements announcements, Clock clock) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.timers = timers;
        this.definitions = definitions;
        this.views = views;
        this.announcements = announcements;
        this.clock = clock;
    }

    /**
     * Pauses the lead's running clock.
     *
     * @throws ClockNotFoundException for a lead without any clock
     * @throws ClockStateException     when its clock is stopped or already paused
     */
    @WithTransaction
    public Uni<LeadClocks.LeadClockView> pause(UUID leadId, String reason, String manager) {
        return runningClock(leadId).chain(open -> pauses.ofClock(open.id).chain(clockPauses -> {
            if (clockPauses.stream().anyMatch(PauseEntity::running)) {
                throw new ClockStateException(Conflict.ALREADY_PAUSED, "The SLA clock of lead " + leadId
                        + " is paused already; resume it first");
            }
            Instant now = now();
            return pauses.persist(PauseEntity.start(open.id, leadId, now, reason, manager))
                    .chain(() -> timers.hold(open.id, now))
                    .call(() -> announcements.announce(open, SlaClockState.PAUSED, now))
                    .invoke(held -> LOG.infof("Lead %s: clock %s paused by %s, %d timers held", leadId, open.id,
                            manager, held));
        })).chain(() -> freshView(leadId));
    }

    /**
     * Resumes the lead's paused clock and reschedules its held timers.
     *
     * @throws ClockNotFoundException for a lead without any clock
     * @throws ClockStateException     when its clock is stopped or not paused
     */
    @WithTransaction
    public Uni<LeadClocks.LeadClockView> resume(UUID leadId, String manager) {
        return runningClock(leadId).chain(open -> pauses.ofClock(open.id).chain(clockPauses -> {
            PauseEntity running = clockPauses.stream().filter(PauseEntity::running).findFirst()
                    .orElseThrow(() -> new ClockStateException(Conflict.NOT_PAUSED, "The SLA clock of lead "
                            + leadId + " is not paused"));
            Instant now = now();
            List<Pause> before = clockPauses.stream().filter(p -> !p.running()).map(p -> p.toDomain(now)).toList();
            List<Pause> after = clockPauses.stream().map(p -> p.toDomain(now)).toList();
            running.resumedAt = now;
            running.resumedBy = manager;
            return definitions.calendarById(open.calendarId)
                    .map(calendar -> ClockTimeline.of(open.timeMode, calendar, open.startedAt))
                    .chain(timeline -> reschedule(open, timeline, before, after, now))
                    .invoke(() -> LOG.infof("Lead %s: clock %s resumed by %s after %s", leadId, open.id, manager,
                            Duration.between(running.pausedAt, now)));
        })).chain(() -> freshView(leadId));
    }

    private Uni<Void> reschedule(ClockEntity open, ClockTimeline timeline, List<Pause> before, List<Pause> after,
                                 Instant now) {
        Instant warnAt = timeline.rescheduled(open.warnAt, before, after);
        Instant dueAt = timeline.rescheduled(open.dueAt, before, after);
        return clocks.reschedule(open.id, warnAt, dueAt)
                .chain(() -> announcements.announce(open, SlaClockState.RUNNING, warnAt, dueAt, now))
                .chain(() -> timers.held(open.id))
                .chain(held -> releaseEach(held, timeline, before, after));
    }

    private Uni<Void> releaseEach(List<TimerEntity> held, ClockTimeline timeline, List<Pause> before,
                                  List<Pause> after) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TimerEntity timer : held) {
            Instant dueAt = timeline.rescheduled(timer.dueAt, before, after);
            chain = chain.chain(() -> timers.release(timer.id, dueAt)).replaceWithVoid();
        }
        return chain;
    }

    /** Now, to the microsecond PostgreSQL keeps, so the stored pause and the announced clock agree to the last digit. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The lead's open clock, locked; fails saying why when there is none. */
    private Uni<ClockEntity> runningClock(UUID leadId) {
        return clocks.lockOpen(leadId).chain(open -> open != null
                ? Uni.createFrom().item(open)
                : clocks.latest(leadId).map(latest -> {
                    if (latest == null) {
                        throw new ClockNotFoundException(leadId);
                    }
                    throw new ClockStateException(Conflict.NOT_RUNNING, "The SLA clock of lead " + leadId
                            + " has stopped (" + latest.state.name().toLowerCase(Locale.ROOT) + ")");
                }));
    }

    /** The view after this transaction's targeted updates, which the session's loaded entities do not show. */
    private Uni<LeadClocks.LeadClockView> freshView(UUID leadId) {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear))
                .chain(() -> views.view(leadId));
    }
}
