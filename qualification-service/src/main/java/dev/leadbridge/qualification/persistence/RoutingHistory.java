package dev.leadbridge.qualification.persistence;

import static dev.leadbridge.platform.time.PgTimestamps.instant;
import static dev.leadbridge.platform.time.PgTimestamps.utc;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.Holding;
import dev.leadbridge.qualification.domain.routing.RoutingReplay.PastDecision;
import dev.leadbridge.qualification.domain.routing.RoutingRequest;
import dev.leadbridge.qualification.domain.routing.RoutingVersions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The routing decisions of the assignment log with what a replay needs of their leads, read-only and straight from the
 * pool. When a lead stopped counting against its owner's capacity is read from its stage history by the capacity rule
 * routing applies: when it left the stages in which it counts, or {@code acceptedCountsFor} after it was accepted,
 * whichever came first.
 */
@ApplicationScoped
public class RoutingHistory {

    private static final String RELEASED_AT = """
            LEAST(
              (SELECT min(c.changed_at) FROM lead_stage_change c WHERE c.lead_id = a.lead_id
                 AND c.changed_at > a.decided_at AND c.stage NOT IN ('ASSIGNED', 'ACCEPTED')),
              (SELECT min(c.changed_at) FROM lead_stage_change c WHERE c.lead_id = a.lead_id
                 AND c.changed_at >= a.decided_at AND c.stage = 'ACCEPTED') + %s * interval '1 second')""";

    private final Pool pool;

    RoutingHistory(Pool pool) {
        this.pool = pool;
    }

    /** Where a page of decisions ended: the next page starts after this one. */
    public record Cursor(Instant decidedAt, UUID eventId) {
    }

    /** A page of the decisions and the cursor after its last one. */
    public record Page(List<PastDecision> decisions, Optional<Cursor> next) {
    }

    /**
     * The routing decisions (not reassignments) taken in {@code [from, to)} after the cursor, at most {@code size}, in
     * the order they were taken.
     */
    public Uni<Page> decisions(Instant from, Instant to, Optional<Cursor> after, int size,
                               Duration acceptedCountsFor) {
        Tuple arguments = Tuple.of(utc(from), utc(to), after.map(cursor -> utc(cursor.decidedAt())).orElse(null),
                after.map(Cursor::eventId).orElse(null), size, acceptedCountsFor.toSeconds());
        return pool.preparedQuery("SELECT a.event_id, a.lead_id, a.decided_at, a.owner_id, a.team_id, l.country, "
                        + "l.company_size, l.channel, l.company_domain, a.routing_version, a.roster_version, "
                        + RELEASED_AT.formatted("$6") + " FROM lead_assignment a JOIN lead l ON l.id = a.lead_id "
                        + "WHERE a.kind = 'assigned' AND a.decided_at >= $1 AND a.decided_at < $2 "
                        + "AND ($3::timestamptz IS NULL OR (a.decided_at, a.event_id) > ($3::timestamptz, $4::uuid)) "
                        + "ORDER BY a.decided_at, a.event_id LIMIT $5")
                .execute(arguments)
                .map(rows -> {
                    List<PastDecision> decisions = new ArrayList<>(rows.size());
                    Cursor last = null;
                    for (Row row : rows) {
                        decisions.add(decisionOf(row));
                        last = new Cursor(instant(row.getOffsetDateTime(2)), row.getUUID(0));
                    }
                    return new Page(decisions, rows.size() < size ? Optional.empty() : Optional.ofNullable(last));
                });
    }

    /** The leads reps held at {@code at}, by their latest assignment before it, that still counted then. */
    public Uni<List<Holding>> heldAt(Instant at, Duration acceptedCountsFor) {
        return pool.preparedQuery("SELECT lead_id, owner_id, company_domain, decided_at, released_at FROM ("
                        + "SELECT a.lead_id, a.owner_id, l.company_domain, a.decided_at, " + RELEASED_AT.formatted("$2")
                        + " AS released_at FROM (SELECT DISTINCT ON (lead_id) lead_id, owner_id, decided_at "
                        + "FROM lead_assignment WHERE decided_at < $1 ORDER BY lead_id, decided_at DESC, event_id DESC"
                        + ") a JOIN lead l ON l.id = a.lead_id WHERE a.owner_id IS NOT NULL) held "
                        + "WHERE released_at IS NULL OR released_at > $1")
                .execute(Tuple.of(utc(at), acceptedCountsFor.toSeconds()))
                .map(rows -> {
                    List<Holding> held = new ArrayList<>(rows.size());
                    rows.forEach(row -> held.add(new Holding(row.getUUID(0), row.getString(1), row.getString(2),
                            instant(row.getOffsetDateTime(3)), instant(row.getOffsetDateTime(4)))));
                    return held;
                });
    }

    private static PastDecision decisionOf(Row row) {
        Integer companySize = row.getInteger(6);
        RoutingRequest request = RoutingRequest.of(row.getString(5), companySize == null ? 0 : companySize,
                Channel.valueOf(row.getString(7)));
        Integer table = row.getInteger(9);
        Integer roster = row.getInteger(10);
        return new PastDecision(row.getUUID(1), instant(row.getOffsetDateTime(2)), row.getString(3),
                row.getString(4), row.getString(8), request, instant(row.getOffsetDateTime(11)),
                new RoutingVersions(table == null ? 0 : table, roster == null ? 0 : roster));
    }
}
