package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.sla.domain.policy.TimeMode;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.persistence.ClockEntity;
import dev.leadbridge.sla.persistence.ClockRepository;
import dev.leadbridge.sla.persistence.TimerEntity;
import dev.leadbridge.sla.persistence.TimerRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires due timers: claims a batch with {@code FOR UPDATE SKIP LOCKED}, marks each timer fired and writes the batch's
 * alerts to the outbox, all in one transaction. Replicas claim disjoint batches, and a timer is either fired with its
 * alert committed or still pending, so each fires exactly once. The first run after start-up fires whatever fell due
 * during downtime, each alert recording how late it is.
 */
@ApplicationScoped
public class TimerWorker {

    private static final Logger LOG = Logger.getLogger(TimerWorker.class);
    private static final String COUNT_PENDING =
            "SELECT count(*) FROM sla_timer WHERE fired_at IS NULL AND cancelled_at IS NULL";

    private final TimerRepository timers;
    private final ClockRepository clocks;
    private final SlaDefinitions definitions;
    private final Outbox outbox;
    private final Pool pool;
    private final NextDueAlarm alarm;
    private final Clock clock;
    private final int batchSize;
    private final Timer alertLag;
    private final Counter breaches;
    private final Counter failedRuns;
    private final AtomicLong openTimers = new AtomicLong();

    TimerWorker(TimerRepository timers, ClockRepository clocks, SlaDefinitions definitions, Outbox outbox, Pool pool,
                NextDueAlarm alarm, Clock clock, MeterRegistry registry,
                @ConfigProperty(name = "leadbridge.sla.timers.batch-size", defaultValue = "200") int batchSize) {
        this.timers = timers;
        this.clocks = clocks;
        this.definitions = definitions;
        this.outbox = outbox;
        this.pool = pool;
        this.alarm = alarm;
        this.clock = clock;
        this.batchSize = batchSize;
        this.alertLag = Timer.builder("leadbridge.sla.alert.lag")
                .description("From a timer's due instant to the commit of its alert (fired - due)")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
        this.breaches = Counter.builder("leadbridge.sla.breaches")
                .description("SLA breaches fired")
                .register(registry);
        this.failedRuns = Counter.builder("leadbridge.sla.timer.runs.failed")
                .description("Worker runs that failed (the database away, say); their timers fire on a later run")
                .register(registry);
        Gauge.builder("leadbridge.sla.timers.open", openTimers, AtomicLong::get)
                .description("Timers pending (neither fired nor cancelled), as of the last count")
                .register(registry);
    }

    @Scheduled(every = "${leadbridge.sla.timers.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run();
    }

    /** Fires what is due, then sets the alarm for a timer falling due before the next tick. */
    private Uni<Void> run() {
        return fireAllDue()
                .chain(() -> alarm.armFor(this::run))
                .onFailure().invoke(failure -> {
                    failedRuns.increment();
                    LOG.warnf("Timer worker: run failed, will retry: %s", failure.getMessage());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> countOpenTimers() {
        return pool.query(COUNT_PENDING).execute()
                .invoke(rows -> openTimers.set(rows.iterator().next().getLong(0)))
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    /** Fires batches until no due timer is left unclaimed; the number fired. Needs a Vert.x context. */
    public Uni<Integer> fireAllDue() {
        return fireBatch().chain(fired -> fired == batchSize
                ? fireAllDue().map(more -> fired + more)
                : Uni.createFrom().item(fired));
    }

    /** Claims and fires one batch of due timers in one transaction; the number fired. */
    public Uni<Integer> fireBatch() {
        List<Duration> lags = new ArrayList<>();
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return timers.claimDue(now, batchSize).chain(claimed -> claimed.isEmpty()
                    ? Uni.createFrom().item(0)
                    : clocksOf(claimed).chain(byId -> fireEach(claimed, byId, now, lags, new HashMap<>())));
        }).invoke(fired -> lags.forEach(alertLag::record));
    }

    private Uni<Map<UUID, ClockEntity>> clocksOf(List<TimerEntity> claimed) {
        List<UUID> ids = claimed.stream().map(timer -> timer.clockId).distinct().toList();
        return clocks.list("id in ?1", ids)
                .map(list -> list.stream().collect(Collectors.toMap(c -> c.id, Function.identity())));
    }

    /**
     * Fires the timers one after another (a session runs one operation at a time), then writes all their alerts with
     * one outbox insert: one insert per alert would cost a round trip each and bound how fast a burst of due timers
     * is fired.
     */
    private Uni<Integer> fireEach(List<TimerEntity> claimed, Map<UUID, ClockEntity> byId, Instant now,
                                  List<Duration> lags, Map<String, BusinessCalendar> calendars) {
        List<Outbox.LeadEvent> alerts = new ArrayList<>(claimed.size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TimerEntity timer : claimed) {
            chain = chain.chain(() -> fire(timer, byId.get(timer.clockId), now, calendars))
                    .invoke(alert -> {
                        alerts.add(alert);
                        lags.add(Duration.between(timer.dueAt, now));
                    })
                    .replaceWithVoid();
        }
        return chain.chain(() -> outbox.enqueueAll(alerts)).replaceWith(claimed.size());
    }

    /** Marks the timer fired (and its clock breached, for a breach); the alert to write. */
    private Uni<Outbox.LeadEvent> fire(TimerEntity timer, ClockEntity owner, Instant now,
                                       Map<String, BusinessCalendar> calendars) {
        timer.firedAt = now;
        return switch (timer.kind) {
            case WARNING -> Uni.createFrom().item(new Outbox.LeadEvent(EventType.SLA_WARNING, timer.leadId,
                    new SlaWarning(timer.leadId, owner.id, owner.policyId, owner.ownerId, owner.teamId,
                            owner.startedAt, owner.dueAt, now, owner.policyVersion)));
            case BREACH -> lateness(owner, now, calendars).chain(lateness -> {
                SlaBreached breached = new SlaBreached(timer.leadId, owner.id, owner.policyId, owner.ownerId,
                        owner.teamId, owner.dueAt, now, lateness, owner.policyVersion);
                return clocks.recordBreach(owner.id, now, breached.lateness())
                        .invoke(() -> {
                            breaches.increment();
                            LOG.infof("Lead %s: SLA breached on clock %s, %s late", timer.leadId, owner.id,
                                    breached.lateness());
                        })
                        .replaceWith(new Outbox.LeadEvent(EventType.SLA_BREACHED, timer.leadId, breached));
            });
            case ESCALATION -> {
                LOG.infof("Lead %s: SLA escalated on clock %s, step %d %s", timer.leadId, owner.id, timer.step,
                        timer.action.wire());
                yield Uni.createFrom().item(new Outbox.LeadEvent(EventType.SLA_ESCALATED, timer.leadId,
                        new SlaEscalated(timer.leadId, owner.id, owner.policyId, owner.ownerId, owner.teamId,
                                timer.step, timer.action, now, owner.policyVersion)));
            }
        };
    }

    /** How far past due, in the clock's time: business time for a business-time policy, else wall time. */
    private Uni<Duration> lateness(ClockEntity owner, Instant now, Map<String, BusinessCalendar> calendars) {
        if (owner.timeMode == TimeMode.WALL) {
            return Uni.createFrom().item(BusinessTime.WALL.between(owner.dueAt, now));
        }
        BusinessCalendar cached = calendars.get(owner.calendarId);
        Uni<BusinessCalendar> calendar = cached != null
                ? Uni.createFrom().item(cached)
                : definitions.calendarById(owner.calendarId).invoke(found -> calendars.put(owner.calendarId, found));
        return calendar.map(found -> new BusinessTime(found).between(owner.dueAt, now));
    }
}
