package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.qualification.domain.scoring.ModelComparison;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The scores of leads under the model in shadow, beside their live scores, and the comparison of the two. */
@ApplicationScoped
public class ShadowScores {

    private final Pool pool;

    ShadowScores(Pool pool) {
        this.pool = pool;
    }

    /**
     * Keeps the lead's latest scores under both models; a lead either model made an MQL stays one for the comparison.
     * Call inside the transaction of the live scoring, so the two are stored together or not at all.
     */
    public Uni<Void> record(int shadowVersion, UUID leadId, int liveModelVersion, ModelComparison.Judgement live,
                            ModelComparison.Judgement shadow, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO shadow_score (shadow_version, lead_id, live_model_version, live_total, live_grade,
                                                  live_mql, shadow_total, shadow_grade, shadow_mql, scored_at)
                        VALUES (:version, :lead, :liveModel, :liveTotal, :liveGrade, :liveMql, :shadowTotal,
                                :shadowGrade, :shadowMql, :at)
                        ON CONFLICT (shadow_version, lead_id) DO UPDATE SET
                            live_model_version = excluded.live_model_version, live_total = excluded.live_total,
                            live_grade = excluded.live_grade, live_mql = shadow_score.live_mql OR excluded.live_mql,
                            shadow_total = excluded.shadow_total, shadow_grade = excluded.shadow_grade,
                            shadow_mql = shadow_score.shadow_mql OR excluded.shadow_mql, scored_at = excluded.scored_at
                        """)
                .setParameter("version", shadowVersion).setParameter("lead", leadId)
                .setParameter("liveModel", liveModelVersion).setParameter("liveTotal", live.total())
                .setParameter("liveGrade", live.grade().name()).setParameter("liveMql", live.mql())
                .setParameter("shadowTotal", shadow.total()).setParameter("shadowGrade", shadow.grade().name())
                .setParameter("shadowMql", shadow.mql()).setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The comparison over every lead scored while the version was in shadow, with the outcomes sales recorded. */
    public Uni<ModelComparison.Report> compare(int shadowVersion) {
        return pool.preparedQuery("""
                        SELECT s.live_total, s.live_grade, s.live_mql, s.shadow_total, s.shadow_grade, s.shadow_mql,
                               l.accepted_at IS NOT NULL, l.rejection_reason, l.stage
                        FROM shadow_score s JOIN lead l ON l.id = s.lead_id WHERE s.shadow_version = $1""")
                .execute(Tuple.of(shadowVersion))
                .map(rows -> {
                    ModelComparison comparison = new ModelComparison();
                    rows.forEach(row -> comparison.add(
                            new ModelComparison.Judgement(row.getInteger(0), Grade.valueOf(row.getString(1)),
                                    row.getBoolean(2)),
                            new ModelComparison.Judgement(row.getInteger(3), Grade.valueOf(row.getString(4)),
                                    row.getBoolean(5)),
                            LeadTimelines.outcomeOf(row.getBoolean(6), row.getString(7), row.getString(8))));
                    return comparison.report();
                });
    }
}
