package dev.leadbridge.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The team each lead was last routed to. */
@ApplicationScoped
public class LeadTeamRepository {

    /**
     * Keeps the team unless the row already holds a later routing: a lead's lifecycle events arrive in order on its
     * partition, but a replay after a rebalance may bring an older one back.
     *
     * @param teamId null for a lead queued without a team
     * @return whether the row changed
     */
    public Uni<Boolean> record(UUID leadId, String teamId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO lead_team (lead_id, team_id, changed_at) VALUES (:lead, :team, :at)
                        ON CONFLICT (lead_id) DO UPDATE SET team_id = excluded.team_id, changed_at = excluded.changed_at
                        WHERE lead_team.changed_at <= excluded.changed_at""")
                .setParameter("lead", leadId).setParameter("team", teamId).setParameter("at", at)
                .executeUpdate())
                .map(rows -> rows > 0);
    }

    /** The lead's team; empty for a lead never routed to one. */
    public Uni<Optional<String>> teamOf(UUID leadId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT team_id FROM lead_team WHERE lead_id = :lead AND team_id IS NOT NULL", String.class)
                .setParameter("lead", leadId).getResultList())
                .map((List<String> teams) -> teams.stream().findFirst());
    }
}
