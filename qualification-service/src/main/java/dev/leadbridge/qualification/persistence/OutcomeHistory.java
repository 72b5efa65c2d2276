package dev.leadbridge.qualification.persistence;

import static dev.leadbridge.platform.time.PgTimestamps.instant;
import static dev.leadbridge.platform.time.PgTimestamps.utc;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.domain.scoring.ModelComparison;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The leads sales has judged (accepted or rejected, and maybe won or lost), with who they are and when they became
 * MQLs: what a conversion model learns from. Read-only, straight from the pool, page by page in capture order; erased
 * leads are left out.
 */
@ApplicationScoped
public class OutcomeHistory {

    private final Pool pool;

    OutcomeHistory(Pool pool) {
        this.pool = pool;
    }

    /**
     * A judged lead.
     *
     * @param mqlAt    when it first became an MQL (its handover to sales); its capture if the stage history is older
     * @param accepted true if a rep ever accepted it, false if one rejected it and none accepted it
     * @param won      true if closed won, false if closed lost, null while open
     */
    public record JudgedLead(UUID id, String email, String companyDomain, String jobTitle, Integer companySize,
                             String industry, String country, Channel channel, String campaign, Instant mqlAt,
                             boolean accepted, Boolean won) {
    }

    /** Where a page ended. */
    public record Cursor(Instant capturedAt, UUID id) {
    }

    public record Page(List<JudgedLead> leads, Optional<Cursor> next) {
    }

    public Uni<Page> page(Optional<Cursor> after, int size) {
        Tuple arguments = Tuple.of(after.map(cursor -> utc(cursor.capturedAt())).orElse(null),
                after.map(Cursor::id).orElse(null), size);
        return pool.preparedQuery("""
                        SELECT l.id, l.email, l.company_domain, l.job_title, l.company_size, l.industry, l.country,
                               l.channel, l.campaign, l.accepted_at IS NOT NULL AS accepted, l.rejection_reason,
                               l.stage,
                               coalesce((SELECT min(c.changed_at) FROM lead_stage_change c
                                         WHERE c.lead_id = l.id AND c.stage = 'MQL'),
                                        l.qualified_at, l.captured_at) AS mql_at,
                               l.captured_at
                        FROM lead l
                        WHERE l.erased_at IS NULL AND (l.accepted_at IS NOT NULL OR l.rejection_reason IS NOT NULL)
                          AND ($1::timestamptz IS NULL OR (l.captured_at, l.id) > ($1::timestamptz, $2::uuid))
                        ORDER BY l.captured_at, l.id LIMIT $3""")
                .execute(arguments)
                .map(rows -> {
                    List<JudgedLead> leads = new ArrayList<>(rows.size());
                    Cursor last = null;
                    for (Row row : rows) {
                        leads.add(judged(row));
                        last = new Cursor(instant(row, "captured_at"), row.getUUID("id"));
                    }
                    return new Page(leads, rows.size() < size ? Optional.empty() : Optional.ofNullable(last));
                });
    }

    private static JudgedLead judged(Row row) {
        ModelComparison.Outcome outcome = LeadTimelines.outcomeOf(row.getBoolean("accepted"),
                row.getString("rejection_reason"), row.getString("stage"));
        return new JudgedLead(row.getUUID("id"), row.getString("email"), row.getString("company_domain"),
                row.getString("job_title"), row.getInteger("company_size"), row.getString("industry"),
                row.getString("country"), Channel.valueOf(row.getString("channel")), row.getString("campaign"),
                instant(row, "mql_at"), outcome.accepted(), outcome.won());
    }
}
