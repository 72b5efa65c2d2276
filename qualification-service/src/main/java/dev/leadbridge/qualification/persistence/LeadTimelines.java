package dev.leadbridge.qualification.persistence;

import static dev.leadbridge.platform.time.PgTimestamps.instant;
import static dev.leadbridge.platform.time.PgTimestamps.utc;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.ModelComparison;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Real leads with their real touchpoints and outcomes, read for replays (backtests), page by page in capture order.
 * Read-only, straight from the pool: a replay of 100,000 leads needs no session, entities or dirty checks. Erased leads
 * are left out: without the person, a replay would judge someone else.
 */
@ApplicationScoped
public class LeadTimelines {

    private static final String LEAD_COLUMNS = "id, email, company_domain, job_title, company_size, industry, "
            + "country, captured_at, consent_withdrawn_at, accepted_at, rejection_reason, stage";

    private final Pool pool;

    LeadTimelines(Pool pool) {
        this.pool = pool;
    }

    /** A lead as a replay needs it: who it is, when it was captured, and what sales made of it so far. */
    public record LeadTimeline(UUID id, String email, String companyDomain, String jobTitle, Integer companySize,
                               String industry, String country, Instant capturedAt, Instant consentWithdrawnAt,
                               ModelComparison.Outcome outcome) {
    }

    /** Where a page ended: the next page starts after this lead. */
    public record Cursor(Instant capturedAt, UUID id) {

        public static Cursor after(LeadTimeline lead) {
            return new Cursor(lead.capturedAt(), lead.id());
        }
    }

    /** The capture instant of the n-th most recently captured lead, or empty when there are fewer. */
    public Uni<Optional<Instant>> capturedAtOfLast(int n) {
        return pool.preparedQuery("SELECT captured_at FROM lead WHERE erased_at IS NULL "
                        + "ORDER BY captured_at DESC, id DESC OFFSET $1 LIMIT 1")
                .execute(Tuple.of(n - 1))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(instant(rows.iterator().next().getOffsetDateTime(0))));
    }

    /**
     * The leads captured in {@code [from, to)} after the cursor (from the first, without one), at most {@code size},
     * in capture order.
     */
    public Uni<List<LeadTimeline>> page(Instant from, Instant to, Optional<Cursor> after, int size) {
        Tuple arguments = Tuple.of(utc(from), utc(to), after.map(cursor -> utc(cursor.capturedAt())).orElse(null),
                after.map(Cursor::id).orElse(null), size);
        return pool.preparedQuery("SELECT " + LEAD_COLUMNS + " FROM lead WHERE erased_at IS NULL "
                        + "AND captured_at >= $1 AND captured_at < $2 "
                        + "AND ($3::timestamptz IS NULL OR (captured_at, id) > ($3::timestamptz, $4::uuid)) "
                        + "ORDER BY captured_at, id LIMIT $5")
                .execute(arguments)
                .map(rows -> {
                    List<LeadTimeline> page = new ArrayList<>(rows.size());
                    rows.forEach(row -> page.add(timelineOf(row)));
                    return page;
                });
    }

    /** The touchpoints of the leads, by lead. */
    public Uni<Map<UUID, List<EngagementEvent>>> touchpointsOf(List<UUID> leadIds) {
        return pool.preparedQuery("SELECT lead_id, touchpoint_id, type, occurred_at FROM touchpoint "
                        + "WHERE lead_id = ANY($1)")
                .execute(Tuple.of(leadIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<EngagementEvent>> byLead = new HashMap<>();
                    rows.forEach(row -> byLead.computeIfAbsent(row.getUUID(0), lead -> new ArrayList<>())
                            .add(new EngagementEvent(row.getUUID(1), TouchpointType.valueOf(row.getString(2)),
                                    instant(row.getOffsetDateTime(3)))));
                    return byLead;
                });
    }

    private static LeadTimeline timelineOf(Row row) {
        return new LeadTimeline(row.getUUID(0), row.getString(1), row.getString(2), row.getString(3),
                row.getInteger(4), row.getString(5), row.getString(6), instant(row.getOffsetDateTime(7)),
                instant(row.getOffsetDateTime(8)),
                outcomeOf(row.getOffsetDateTime(9) != null, row.getString(10), row.getString(11)));
    }

    /**
     * What sales made of a lead, from its row: accepted if a rep ever accepted it, else rejected if one rejected it;
     * won or lost once closed.
     */
    static ModelComparison.Outcome outcomeOf(boolean everAccepted, String rejectionReason, String stageName) {
        LifecycleStage stage = LifecycleStage.valueOf(stageName);
        Boolean accepted = everAccepted ? Boolean.TRUE : rejectionReason != null ? Boolean.FALSE : null;
        Boolean won = stage == LifecycleStage.CLOSED_WON ? Boolean.TRUE
                : stage == LifecycleStage.CLOSED_LOST ? Boolean.FALSE : null;
        return new ModelComparison.Outcome(accepted, won);
    }
}
