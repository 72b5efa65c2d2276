package dev.leadbridge.sla.application;

import dev.leadbridge.events.payload.Channel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Read models for ops, managers and marketing: running clocks, breaches and compliance, straight from SQL. */
@ApplicationScoped
public class SlaReports {

    /** What compliance figures can be grouped by, with the clock column each groups on. */
    public enum GroupBy {
        REP("owner_id"),
        TEAM("team_id"),
        CHANNEL("channel");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A running clock with its due times. */
    public record OpenClock(UUID timerId, UUID leadId, String policyId, String ownerId, String teamId,
                            String channel, Instant startedAt, Instant warnAt, Instant dueAt, boolean breached,
                            Instant nextAlertAt) {
    }

    /** A breach: when the clock fell due, when the breach fired and how late that was. */
    public record Breach(UUID timerId, UUID leadId, String policyId, String ownerId, String teamId, String channel,
                         Instant startedAt, Instant dueAt, Instant breachedAt, Duration lateness, String state,
                         Instant stoppedAt) {
    }

    /**
     * Compliance of one group over the clocks stopped in the range: the share decided within the SLA, and the
     * median and 90th percentile time from assignment to decision (accept or reject), in business and wall time.
     */
    public record ComplianceGroup(String group, long clocks, long met, long breached, double metPercent,
                                  Duration medianBusiness, Duration p90Business, Duration medianWall,
                                  Duration p90Wall) {
    }

    public record Compliance(Instant from, Instant to, String groupBy, List<ComplianceGroup> groups) {
    }

    private static final String OPEN_CLOCKS = """
            SELECT c.id, c.lead_id, c.policy_id, c.owner_id, c.team_id, c.channel, c.started_at, c.warn_at, c.due_at,
                   c.breach_fired_at IS NOT NULL AS breached,
                   (SELECT min(t.due_at) FROM sla_timer t
                    WHERE t.clock_id = c.id AND t.fired_at IS NULL AND t.cancelled_at IS NULL) AS next_alert_at
            FROM sla_clock c WHERE c.state = 'OPEN' ORDER BY c.due_at, c.id LIMIT $1""";
    private static final String BREACHES = """
            SELECT id, lead_id, policy_id, owner_id, team_id, channel, started_at, due_at, breach_fired_at,
                   lateness_seconds, state, stopped_at
            FROM sla_clock WHERE breach_fired_at >= $1 AND breach_fired_at < $2
            ORDER BY breach_fired_at, id LIMIT $3""";
    private static final String COMPLIANCE = """
            SELECT %s AS grp, count(*) AS clocks, count(*) FILTER (WHERE NOT breached) AS met,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_business_seconds) AS median_business,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_business_seconds) AS p90_business,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_wall_seconds) AS median_wall,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_wall_seconds) AS p90_wall
            FROM sla_clock WHERE state = 'STOPPED' AND stopped_at >= $1 AND stopped_at < $2
            GROUP BY grp ORDER BY grp NULLS LAST""";

    private final Pool pool;

    SlaReports(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<OpenClock>> openClocks(int limit) {
        return pool.preparedQuery(OPEN_CLOCKS).execute(Tuple.of(limit)).map(rows -> {
            List<OpenClock> clocks = new ArrayList<>();
            for (Row row : rows) {
                clocks.add(new OpenClock(row.getUUID("id"), row.getUUID("lead_id"), row.getString("policy_id"),
                        row.getString("owner_id"), row.getString("team_id"), channel(row.getString("channel")),
                        instant(row, "started_at"), instant(row, "warn_at"), instant(row, "due_at"),
                        row.getBoolean("breached"), instant(row, "next_alert_at")));
            }
            return clocks;
        });
    }

    public Uni<List<Breach>> breaches(Instant from, Instant to, int limit) {
        return pool.preparedQuery(BREACHES).execute(Tuple.of(utc(from), utc(to), limit)).map(rows -> {
            List<Breach> breaches = new ArrayList<>();
            for (Row row : rows) {
                Long lateness = row.getLong("lateness_seconds");
                breaches.add(new Breach(row.getUUID("id"), row.getUUID("lead_id"), row.getString("policy_id"),
                        row.getString("owner_id"), row.getString("team_id"), channel(row.getString("channel")),
                        instant(row, "started_at"), instant(row, "due_at"), instant(row, "breach_fired_at"),
                        lateness == null ? Duration.ZERO : Duration.ofSeconds(lateness),
                        row.getString("state").toLowerCase(Locale.ROOT), instant(row, "stopped_at")));
            }
            return breaches;
        });
    }

    public Uni<Compliance> compliance(Instant from, Instant to, GroupBy groupBy) {
        return pool.preparedQuery(COMPLIANCE.formatted(groupBy.column)).execute(Tuple.of(utc(from), utc(to)))
                .map(rows -> {
                    List<ComplianceGroup> groups = new ArrayList<>();
                    for (Row row : rows) {
                        long clocks = row.getLong("clocks");
                        long met = row.getLong("met");
                        String group = row.getString("grp");
                        groups.add(new ComplianceGroup(groupBy == GroupBy.CHANNEL ? channel(group) : group,
                                clocks, met, clocks - met, Math.round(met * 10_000.0 / clocks) / 100.0,
                                seconds(row, "median_business"), seconds(row, "p90_business"),
                                seconds(row, "median_wall"), seconds(row, "p90_wall")));
                    }
                    return new Compliance(from, to, groupBy.wire(), groups);
                });
    }

    private static String channel(String stored) {
        return stored == null ? null : Channel.valueOf(stored).wire();
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static Duration seconds(Row row, String column) {
        Double value = row.getDouble(column);
        return value == null ? null : Duration.ofSeconds(Math.round(value));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
