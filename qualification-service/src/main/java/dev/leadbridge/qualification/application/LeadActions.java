package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.domain.lifecycle.AccessDecision;
import dev.leadbridge.qualification.domain.lifecycle.Actor;
import dev.leadbridge.qualification.domain.lifecycle.IllegalTransitionException;
import dev.leadbridge.qualification.domain.lifecycle.LeadAccess;
import dev.leadbridge.qualification.domain.lifecycle.LeadAction;
import dev.leadbridge.qualification.domain.lifecycle.LeadLifecycle;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import dev.leadbridge.qualification.persistence.RoutingRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * What sales does with a lead: accept, reject (then recycled to nurture), convert, close, reassign. Each checks who
 * may act ({@link LeadAccess}, 403), whether the lifecycle allows it ({@link LeadLifecycle}, 409), changes the lead
 * and writes the event announcing it to the outbox in one transaction. Two people acting on one lead at once are
 * caught by its version: the later one gets a 409, or a 412 when it named the version it read in {@code If-Match}.
 */
@ApplicationScoped
public class LeadActions {

    private static final Logger LOG = Logger.getLogger(LeadActions.class);

    private final LeadRepository leads;
    private final LeadHistoryRepository history;
    private final RoutingRepository routing;
    private final Outbox outbox;
    private final Clock clock;

    LeadActions(LeadRepository leads, LeadHistoryRepository history, RoutingRepository routing, Outbox outbox,
                Clock clock) {
        this.leads = leads;
        this.history = history;
        this.routing = routing;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LeadWithHistory> accept(UUID leadId, Actor actor, ExpectedVersion expected) {
        return act(leadId, actor, expected, LeadAction.ACCEPT, (lead, at) -> outbox.enqueue(EventType.LEAD_ACCEPTED,
                lead.id, new LeadAccepted(lead.id, lead.ownerId, actor.id(), at)));
    }

    /** Rejects the lead and recycles it to nurture: it is re-scored with its next touchpoint and may qualify again. */
    @WithTransaction
    public Uni<LeadWithHistory> reject(UUID leadId, Actor actor, ExpectedVersion expected, RejectionReason reason,
                                      String note) {
        return act(leadId, actor, expected, LeadAction.REJECT, (lead, at) -> {
            String owner = lead.ownerId;
            lead.rejectionReason = reason;
            lead.rejectionNote = note;
            return outbox.enqueue(EventType.LEAD_REJECTED, lead.id,
                            new LeadRejected(lead.id, owner, actor.id(), reason, note, at))
                    .call(rejected -> history.persist(
                            LeadStageChangeEntity.of(lead.id, lead.stage, rejected.id(), at)))
                    .chain(() -> {
                        lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.RECYCLE);
                        lead.ownerId = null;
                        lead.qualifiedAt = null;
                        lead.cycleStartedAt = at;
                        return outbox.enqueue(EventType.LEAD_RECYCLED, lead.id,
                                new LeadRecycled(lead.id, RecycleReason.of(reason), at));
                    });
        });
    }

    @WithTransaction
    public Uni<LeadWithHistory> convert(UUID leadId, Actor actor, ExpectedVersion expected, String opportunityId,
                                        BigDecimal expectedAmount, Currency currency) {
        return act(leadId, actor, expected, LeadAction.CONVERT, (lead, at) -> {
            lead.opportunityId = opportunityId;
            lead.expectedAmount = expectedAmount;
            lead.expectedCurrency = currency == null ? null : currency.getCurrencyCode();
            return outbox.enqueue(EventType.LEAD_CONVERTED, lead.id,
                    new LeadConverted(lead.id, lead.ownerId, opportunityId, expectedAmount, currency, at));
        });
    }

    @WithTransaction
    public Uni<LeadWithHistory> close(UUID leadId, Actor actor, ExpectedVersion expected, CloseOutcome outcome,
                                      BigDecimal amount, Currency currency, String reason) {
        LeadAction action = outcome == CloseOutcome.WON ? LeadAction.CLOSE_WON : LeadAction.CLOSE_LOST;
        return act(leadId, actor, expected, action, (lead, at) -> {
            lead.closedAmount = amount;
            lead.closedCurrency = currency == null ? null : currency.getCurrencyCode();
            lead.closeReason = reason;
            return outbox.enqueue(EventType.LEAD_CLOSED, lead.id, new LeadClosed(lead.id, lead.ownerId,
                    lead.opportunityId, outcome, amount, currency, reason, at));
        });
    }

    /** A manager gives the lead to another rep of the roster. */
    @WithTransaction
    public Uni<LeadWithHistory> reassign(UUID leadId, Actor actor, ExpectedVersion expected, String newOwnerId) {
        return routing.reps().chain(reps -> {
            if (reps.stream().noneMatch(rep -> rep.id.equals(newOwnerId))) {
                return Uni.createFrom().failure(ProblemException.validation(List.of(
                        new Problem.FieldError("ownerId", "no rep " + newOwnerId + " in the roster"))));
            }
            return act(leadId, actor, expected, LeadAction.REASSIGN, (lead, at) -> {
                String previous = lead.ownerId;
                lead.ownerId = newOwnerId;
                lead.assignedAt = at;
                return outbox.enqueue(EventType.LEAD_REASSIGNED, lead.id, new LeadReassigned(lead.id, previous,
                        newOwnerId, lead.teamId, ReassignmentReason.MANAGER, actor.id(), lead.scoreGrade,
                        lead.channel, at));
            });
        });
    }

    /** Changes the lead after the checks; returns the event that announces the stage it ends in. */
    @FunctionalInterface
    private interface Change {
        Uni<CloudEventAttributes> apply(LeadEntity lead, Instant at);
    }

    private Uni<LeadWithHistory> act(UUID leadId, Actor actor, ExpectedVersion expected, LeadAction action,
                                     Change change) {
        return leads.findById(leadId).chain(lead -> {
            if (lead == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No lead " + leadId));
            }
            AccessDecision access = LeadAccess.check(actor, action, lead.ownerId);
            if (!access.allowed()) {
                return Uni.createFrom().failure(ProblemException.forbidden(access.reason()));
            }
            if (!expected.allows(lead.version)) {
                return Uni.createFrom().failure(ProblemException.preconditionFailed("The lead is at version "
                        + lead.version + ", not the one If-Match names; read it again and decide anew"));
            }
            Instant at = clock.instant();
            try {
                lead.stage = LeadLifecycle.apply(lead.stage, action);
            } catch (IllegalTransitionException illegal) {
                return Uni.createFrom().failure(ProblemException.conflict(illegal.getMessage()));
            }
            lead.updatedAt = at;
            return change.apply(lead, at)
                    .call(event -> history.persist(LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), at)))
                    .invoke(event -> LOG.infof("Lead %s: %s by %s, now %s (event %s)", lead.id, action.words(),
                            actor.id(), lead.stage.wire(), event.id()))
                    .call(leads::flush)
                    .chain(() -> history.historyOf(lead.id))
                    .map(changes -> new LeadWithHistory(lead, changes));
        }).onFailure(failure -> failure instanceof OptimisticLockException || failure instanceof StaleStateException)
                .transform(failure -> ProblemException.conflict("The lead changed meanwhile; read it and try again"));
    }
}
