package dev.leadbridge.qualification.application;

import dev.leadbridge.qualification.persistence.AssignmentLogEntity;
import dev.leadbridge.qualification.persistence.AssignmentLogRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the assignment audit log: every routing decision and reassignment, never overwritten. */
@ApplicationScoped
public class AssignmentLog {

    private final AssignmentLogRepository log;

    AssignmentLog(AssignmentLogRepository log) {
        this.log = log;
    }

    /** One decision as the log keeps it. */
    public record Decision(UUID eventId, UUID leadId, Instant decidedAt, String kind, String ownerId,
                           String previousOwnerId, String teamId, boolean queued, String ruleId, String reason,
                           String explanation, String actorId, Integer routingVersion, Integer rosterVersion) {

        static Decision of(AssignmentLogEntity row) {
            return new Decision(row.eventId, row.leadId, row.decidedAt, row.kind, row.ownerId, row.previousOwnerId,
                    row.teamId, row.queued, row.ruleId, row.reason, row.explanation, row.actorId, row.routingVersion,
                    row.rosterVersion);
        }
    }

    /** The decisions about a lead, or giving a rep a lead or taking one from them, in {@code [from, to)}. */
    @WithSession
    public Uni<List<Decision>> decisions(UUID leadId, String repId, Instant from, Instant to, int limit) {
        return log.find(leadId, repId, from, to, limit).map(rows -> rows.stream().map(Decision::of).toList());
    }
}
