package dev.leadbridge.sla.persistence;

import static dev.leadbridge.platform.time.PgTimestamps.instant;
import static dev.leadbridge.platform.time.PgTimestamps.utc;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.sla.domain.clock.ClockReplay.Ending;
import dev.leadbridge.sla.domain.clock.ClockReplay.PastClock;
import dev.leadbridge.sla.domain.time.Pause;
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
 * The acceptance clocks of a period with their pauses, as a replay needs them; read-only, straight from the pool. A
 * pause still running is read as ending when its clock stopped, or at {@code asOf} while the clock runs.
 */
@ApplicationScoped
public class ClockHistory {

    private final Pool pool;

    ClockHistory(Pool pool) {
        this.pool = pool;
    }

    /** Where a page of clocks ended: the next page starts after this one. */
    public record Cursor(Instant startedAt, UUID clockId) {
    }

    /** A page of clocks and the cursor after its last one, empty after the last page. */
    public record Page(List<PastClock> clocks, Optional<Cursor> next) {
    }

    /** The clocks started in {@code [from, to)} after the cursor, at most {@code size}, in the order they started. */
    public Uni<Page> clocks(Instant from, Instant to, Optional<Cursor> after, int size, Instant asOf) {
        Tuple arguments = Tuple.of(utc(from), utc(to), after.map(cursor -> utc(cursor.startedAt())).orElse(null),
                after.map(Cursor::clockId).orElse(null), size);
        return pool.preparedQuery("SELECT id, lead_id, started_at, state, stopped_at, grade, channel, mql_reason, "
                        + "team_id, policy_id, policy_version, due_at, breached FROM sla_clock "
                        + "WHERE started_at >= $1 AND started_at < $2 "
                        + "AND ($3::timestamptz IS NULL OR (started_at, id) > ($3::timestamptz, $4::uuid)) "
                        + "ORDER BY started_at, id LIMIT $5")
                .execute(arguments)
                .chain(rows -> {
                    List<Row> page = new ArrayList<>(rows.size());
                    rows.forEach(page::add);
                    return pausesOf(page.stream().map(row -> row.getUUID("id")).toList(), asOf).map(pauses -> {
                        List<PastClock> clocks = page.stream()
                                .map(row -> clockOf(row, pauses.getOrDefault(row.getUUID("id"), List.of())))
                                .toList();
                        Optional<Cursor> next = page.size() < size ? Optional.empty() : Optional.of(new Cursor(
                                instant(page.get(page.size() - 1), "started_at"),
                                page.get(page.size() - 1).getUUID("id")));
                        return new Page(clocks, next);
                    });
                });
    }

    private Uni<Map<UUID, List<Pause>>> pausesOf(List<UUID> clockIds, Instant asOf) {
        if (clockIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT p.clock_id, p.paused_at, coalesce(p.resumed_at, c.stopped_at, $2), "
                        + "p.reason FROM sla_clock_pause p JOIN sla_clock c ON c.id = p.clock_id "
                        + "WHERE p.clock_id = ANY($1) ORDER BY p.paused_at, p.id")
                .execute(Tuple.of(clockIds.toArray(UUID[]::new), utc(asOf)))
                .map(rows -> {
                    Map<UUID, List<Pause>> byClock = new HashMap<>();
                    for (Row row : rows) {
                        Instant from = row.getOffsetDateTime(1).toInstant();
                        Instant until = row.getOffsetDateTime(2).toInstant();
                        byClock.computeIfAbsent(row.getUUID(0), clock -> new ArrayList<>())
                                .add(new Pause(from, until.isBefore(from) ? from : until, row.getString(3)));
                    }
                    return byClock;
                });
    }

    private static PastClock clockOf(Row row, List<Pause> pauses) {
        ClockState state = ClockState.valueOf(row.getString("state"));
        Ending ending = switch (state) {
            case STOPPED -> Ending.DECIDED;
            case OPEN -> Ending.RUNNING;
            case SUPERSEDED, WITHDRAWN -> Ending.NOT_JUDGED;
        };
        String grade = row.getString("grade");
        String mqlReason = row.getString("mql_reason");
        return new PastClock(row.getUUID("lead_id"), instant(row, "started_at"), ending, instant(row, "stopped_at"),
                grade == null ? null : Grade.valueOf(grade), Channel.valueOf(row.getString("channel")),
                mqlReason == null ? null : MqlReason.valueOf(mqlReason), row.getString("team_id"),
                row.getString("policy_id"), row.getInteger("policy_version"), instant(row, "due_at"),
                row.getBoolean("breached"), pauses);
    }
}
