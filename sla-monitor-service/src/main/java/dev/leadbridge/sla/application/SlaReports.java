package dev.leadbridge.sla.application;

import static dev.leadbridge.platform.time.PgTimestamps.instant;
import static dev.leadbridge.platform.time.PgTimestamps.utc;

import dev.leadbridge.events.payload.Channel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Read models for ops, managers and marketing: running clocks, breaches and compliance, straight from SQL. */
@ApplicationScoped
public class SlaReports {

    /**
     * What compliance figures can be grouped by, with what each groups on among clocks and among the leads' system
     * latencies. A policy group is the policy with the version of the policy set that started the clock
     * ({@code inbound@3}), so a review compares the SLA before and after a change; a lead's system latency counts
     * under the policy of its first clock.
     */
    public enum GroupBy {
        REP("owner_id", "owner_id"),
        TEAM("team_id", "team_id"),
        CHANNEL("channel", "channel"),
        POLICY(policyOf("sla_clock"), "(SELECT " + policyOf("c") + " FROM sla_clock c WHERE c.lead_id = leads.lead_id"
                + " ORDER BY c.started_at, c.id LIMIT 1)");

        private final String clockColumn;
        private final String latencyColumn;

        GroupBy(String clockColumn, String latencyColumn) {
            this.clockColumn = clockColumn;
            this.latencyColumn = latencyColumn;
        }

        private static String policyOf(String clock) {
            return clock + ".policy_id || '@' || coalesce(" + clock + ".policy_version, 0)";
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A running clock with its due times.
     *
     * @param nextAlertAt   absent while paused (no timer fires then) and after the last escalation
     * @param pausedAt      when the running pause began; absent unless paused
     * @param capturedAt    when the lead was captured, once {@code leads.captured} told us
     * @param systemLatency capture to the lead's first assignment, wall time; absent until both are known
     */
    public record OpenClock(UUID timerId, UUID leadId, String policyId, String ownerId, String teamId,
                            String channel, Instant startedAt, Instant warnAt, Instant dueAt, boolean breached,
                            Instant nextAlertAt, boolean paused, Instant pausedAt, String pauseReason,
                            Instant capturedAt, Duration systemLatency) {
    }

    /** A breach: when the clock fell due, when the breach fired and how late that was. */
    public record Breach(UUID timerId, UUID leadId, String policyId, String ownerId, String teamId, String channel,
                         Instant startedAt, Instant dueAt, Instant breachedAt, Duration lateness, String state,
                         Instant stoppedAt) {
    }

    /**
     * Compliance of one group. Human response, over the clocks stopped in the range: the share decided within the SLA,
     * and the median and 90th percentile time from assignment to decision (accept or reject), in business and wall
     * time, pauses left out. System latency, over the leads first assigned in the range whose capture is known: the
     * median and 90th percentile wall time from capture to that assignment.
     *
     * @param metPercent absent when no clock stopped in the range (the group has latency figures only)
     */
    public record ComplianceGroup(String group, long clocks, long met, long breached, Double metPercent,
                                  Duration medianBusiness, Duration p90Business, Duration medianWall,
                                  Duration p90Wall, long assignedLeads, Duration medianSystemLatency,
                                  Duration p90SystemLatency) {
    }

    public record Compliance(Instant from, Instant to, String groupBy, List<ComplianceGroup> groups) {
    }

    private static final String OPEN_CLOCKS = """
            SELECT c.id, c.lead_id, c.policy_id, c.owner_id, c.team_id, c.channel, c.started_at, c.warn_at, c.due_at,
                   c.breach_fired_at IS NOT NULL AS breached,
                   (SELECT min(t.due_at) FROM sla_timer t
                    WHERE t.clock_id = c.id AND t.fired_at IS NULL AND t.cancelled_at IS NULL
                      AND t.paused_at IS NULL) AS next_alert_at,
                   p.paused_at, p.reason AS pause_reason, l.captured_at,
                   extract(epoch FROM l.assigned_at - l.captured_at)::float8 AS system_latency_seconds
            FROM sla_clock c
            LEFT JOIN sla_clock_pause p ON p.clock_id = c.id AND p.resumed_at IS NULL
            LEFT JOIN sla_lead_latency l ON l.lead_id = c.lead_id
            WHERE c.state = 'OPEN' AND ($2::text[] IS NULL OR c.team_id = ANY($2))
            ORDER BY c.due_at, c.id LIMIT $1""";
    private static final String BREACHES = """
            SELECT id, lead_id, policy_id, owner_id, team_id, channel, started_at, due_at, breach_fired_at,
                   lateness_seconds, state, stopped_at
            FROM sla_clock WHERE breach_fired_at >= $1 AND breach_fired_at < $2
            ORDER BY breach_fired_at, id LIMIT $3""";
    // Human response and system latency are measured over different populations (clocks stopped, leads assigned in
    // the range), so each is aggregated on its own and the two joined per group; '' stands for "no group" in the join
    // only, as a FULL JOIN needs an equality.
    private static final String COMPLIANCE = """
            WITH response AS (
                SELECT %1$s AS grp, count(*) AS clocks, count(*) FILTER (WHERE NOT breached) AS met,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_business_seconds) AS median_business,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_business_seconds) AS p90_business,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY elapsed_wall_seconds) AS median_wall,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_wall_seconds) AS p90_wall
                FROM sla_clock WHERE state = 'STOPPED' AND stopped_at >= $1 AND stopped_at < $2
                GROUP BY grp),
            latency AS (
                SELECT %2$s AS grp, count(*) AS assigned_leads,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_seconds) AS median_latency,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY latency_seconds) AS p90_latency
                FROM (SELECT *, extract(epoch FROM assigned_at - captured_at)::float8 AS latency_seconds
                      FROM sla_lead_latency) AS leads
                WHERE captured_at IS NOT NULL AND assigned_at >= $1 AND assigned_at < $2
                GROUP BY grp)
            SELECT coalesce(r.grp, l.grp) AS grp, coalesce(r.clocks, 0) AS clocks, coalesce(r.met, 0) AS met,
                   r.median_business, r.p90_business, r.median_wall, r.p90_wall,
                   coalesce(l.assigned_leads, 0) AS assigned_leads, l.median_latency, l.p90_latency
            FROM response r FULL JOIN latency l ON coalesce(r.grp, '') = coalesce(l.grp, '')
            ORDER BY 1 NULLS LAST""";

    private final Pool pool;

    SlaReports(Pool pool) {
        this.pool = pool;
    }

    /** Every running clock, soonest due first. */
    public Uni<List<OpenClock>> openClocks(int limit) {
        return openClocks(limit, null);
    }

    /**
     * The running clocks of the given teams, soonest due first.
     *
     * @param teams null for every team
     */
    public Uni<List<OpenClock>> openClocks(int limit, Set<String> teams) {
        String[] inTeams = teams == null ? null : teams.toArray(String[]::new);
        return pool.preparedQuery(OPEN_CLOCKS).execute(Tuple.of(limit, inTeams)).map(rows -> {
            List<OpenClock> clocks = new ArrayList<>();
            for (Row row : rows) {
                clocks.add(new OpenClock(row.getUUID("id"), row.getUUID("lead_id"), row.getString("policy_id"),
                        row.getString("owner_id"), row.getString("team_id"), channel(row.getString("channel")),
                        instant(row, "started_at"), instant(row, "warn_at"), instant(row, "due_at"),
                        row.getBoolean("breached"), instant(row, "next_alert_at"), row.getValue("paused_at") != null,
                        instant(row, "paused_at"), row.getString("pause_reason"), instant(row, "captured_at"),
                        seconds(row, "system_latency_seconds")));
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
        return pool.preparedQuery(COMPLIANCE.formatted(groupBy.clockColumn, groupBy.latencyColumn)).execute(Tuple.of(utc(from), utc(to)))
                .map(rows -> {
                    List<ComplianceGroup> groups = new ArrayList<>();
                    for (Row row : rows) {
                        long clocks = row.getLong("clocks");
                        long met = row.getLong("met");
                        String group = row.getString("grp");
                        groups.add(new ComplianceGroup(groupBy == GroupBy.CHANNEL ? channel(group) : group,
                                clocks, met, clocks - met, percent(met, clocks),
                                seconds(row, "median_business"), seconds(row, "p90_business"),
                                seconds(row, "median_wall"), seconds(row, "p90_wall"), row.getLong("assigned_leads"),
                                seconds(row, "median_latency"), seconds(row, "p90_latency")));
                    }
                    return new Compliance(from, to, groupBy.wire(), groups);
                });
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 100.0;
    }

    private static String channel(String stored) {
        return stored == null ? null : Channel.valueOf(stored).wire();
    }


    private static Duration seconds(Row row, String column) {
        Double value = row.getDouble(column);
        return value == null ? null : Duration.ofSeconds(Math.round(value));
    }
}
