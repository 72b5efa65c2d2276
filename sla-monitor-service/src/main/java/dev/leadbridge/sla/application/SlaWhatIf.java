package dev.leadbridge.sla.application;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.sla.domain.clock.ClockReplay;
import dev.leadbridge.sla.domain.clock.ClockReplay.PastClock;
import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.persistence.ClockHistory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Replays a past period's acceptance clocks under a draft policy set ({@link ClockReplay}) on the calendars in force,
 * without writing anything or publishing an event.
 */
@ApplicationScoped
public class SlaWhatIf {

    private static final Logger LOG = Logger.getLogger(SlaWhatIf.class);
    /** Clocks read at a time. */
    public static final int PAGE = 5_000;

    private final ClockHistory history;
    private final SlaDefinitions definitions;
    private final Clock clock;
    private final int maxClocks;

    SlaWhatIf(ClockHistory history, SlaDefinitions definitions, Clock clock,
              @ConfigProperty(name = "leadbridge.sla.what-if.max-clocks") int maxClocks) {
        this.history = history;
        this.definitions = definitions;
        this.clock = clock;
        this.maxClocks = maxClocks;
    }

    /**
     * The replay's report.
     *
     * @param asOf      running clocks are judged as of this instant
     * @param truncated the period held more clocks than the configured maximum; the first were replayed
     */
    public record Result(Instant from, Instant to, Instant asOf, boolean truncated, ClockReplay.Report report) {
    }

    /**
     * @throws InvalidDocumentException if the draft does not validate against the calendars in force
     */
    public Uni<Result> run(PolicySetDefinition draft, Instant from, Instant to) {
        Instant asOf = clock.instant();
        return Panache.withSession(() -> definitions.calendarIds().chain(ids -> {
                    InvalidDocumentException.throwIfAny("the draft SLA policies", draft.validate(ids));
                    return Multi.createFrom().iterable(ids)
                            .onItem().transformToUniAndConcatenate(definitions::calendarById)
                            .collect().asList();
                }))
                .chain(calendars -> clocks(from, to, asOf).emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(read -> {
                            Map<String, BusinessCalendar> byId = new HashMap<>();
                            calendars.forEach(calendar -> byId.put(calendar.id(), calendar));
                            BusinessCalendar fallback = byId.get(SlaDefinitions.DEFAULT_CALENDAR);
                            PolicySelector selector = draft.selector();
                            ClockReplay.Report report = ClockReplay.replay(read.clocks(), selector,
                                    id -> byId.getOrDefault(id, fallback), SlaDefinitions.DEFAULT_CALENDAR, asOf);
                            return new Result(from, to, asOf, read.truncated(), report);
                        }));
    }

    private record Read(List<PastClock> clocks, boolean truncated) {
    }

    private Uni<Read> clocks(Instant from, Instant to, Instant asOf) {
        List<PastClock> read = new ArrayList<>();
        return next(read, from, to, asOf, Optional.empty()).map(truncated -> {
            if (truncated) {
                LOG.warnf("SLA what-if stopped at %d clocks (leadbridge.sla.what-if.max-clocks)", read.size());
            }
            return new Read(read, truncated);
        });
    }

    private Uni<Boolean> next(List<PastClock> read, Instant from, Instant to, Instant asOf,
                              Optional<ClockHistory.Cursor> after) {
        int size = Math.min(PAGE, maxClocks - read.size());
        return history.clocks(from, to, after, size, asOf).chain(page -> {
            read.addAll(page.clocks());
            if (page.next().isEmpty()) {
                return Uni.createFrom().item(false);
            }
            return read.size() >= maxClocks ? Uni.createFrom().item(true) : next(read, from, to, asOf, page.next());
        });
    }
}
