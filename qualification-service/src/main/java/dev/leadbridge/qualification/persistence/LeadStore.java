package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadChange;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.lifecycle.LeadNotFoundException;
import dev.leadbridge.qualification.domain.lifecycle.StageChange;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads {@link Lead}s and saves what they decided: the lead's row, its history steps and the events announcing them,
 * in the caller's transaction, so a change is never stored without being announced nor announced without being
 * stored. The rows of loaded leads stay managed by the session: saving copies the lead's state onto its row, and the
 * row's version catches a concurrent change at commit.
 */
@ApplicationScoped
public class LeadStore {

    private final LeadRepository leads;
    private final LeadHistoryRepository history;
    private final AssignmentLogRepository assignments;
    private final Outbox outbox;

    LeadStore(LeadRepository leads, LeadHistoryRepository history, AssignmentLogRepository assignments,
              Outbox outbox) {
        this.leads = leads;
        this.history = history;
        this.assignments = assignments;
        this.outbox = outbox;
    }

    /** A lead and the changes it decided, for {@link #saveAll(List)}. */
    public record Decided(Lead lead, List<LeadChange> changes) {
    }

    /** The lead, or null when qualification does not know it. */
    public Uni<Lead> find(UUID leadId) {
        return leads.findById(leadId).map(row -> row == null ? null : toLead(row));
    }

    /** The lead; fails with {@link LeadNotFoundException} when qualification does not know it. */
    public Uni<Lead> require(UUID leadId) {
        return find(leadId).map(lead -> {
            if (lead == null) {
                throw new LeadNotFoundException(leadId);
            }
            return lead;
        });
    }

    /** The lead an anonymous visitor turned out to be, or null. */
    public Uni<Lead> findByVisitor(String visitorId) {
        return leads.findByVisitor(visitorId).map(row -> row == null ? null : toLead(row));
    }

    /** A lead new to qualification and its first history step, recorded under the event that brought it. */
    public Uni<Void> add(Lead.Entered entered, UUID causeEventId) {
        Lead lead = entered.lead();
        LeadEntity row = new LeadEntity();
        row.id = lead.id();
        write(lead.details(), row);
        write(lead.state(), row);
        return leads.persist(row)
                .chain(() -> history.persist(LeadStageChangeEntity.of(lead.id(), entered.firstStep(), causeEventId)))
                .replaceWithVoid();
    }

    /** Saves one lead's decision: its state, its history steps and its events. */
    public Uni<List<CloudEventAttributes>> save(Lead lead, List<LeadChange> changes) {
        return saveAll(List.of(new Decided(lead, changes)));
    }

    /**
     * Saves the decisions of several leads with one multi-row outbox insert and one history insert: a batch of
     * routing decisions costs a round trip, not one per lead. Events keep their order, per lead and overall. Every
     * assignment and reassignment is also written to the assignment log, keyed by its event.
     */
    public Uni<List<CloudEventAttributes>> saveAll(List<Decided> decided) {
        List<Outbox.LeadEvent> events = new ArrayList<>();
        List<UUID> leadOfEvent = new ArrayList<>();
        List<StageChange> stepOfEvent = new ArrayList<>();
        Map<UUID, Lead> byId = new HashMap<>();
        for (Decided decision : decided) {
            byId.put(decision.lead().id(), decision.lead());
            for (LeadChange change : decision.changes()) {
                events.add(new Outbox.LeadEvent(change.type(), decision.lead().id(), change.payload()));
                leadOfEvent.add(decision.lead().id());
                stepOfEvent.add(change.stageStep());
            }
        }
        return writeRows(byId)
                .chain(() -> outbox.enqueueAll(events))
                .call(written -> {
                    List<LeadStageChangeEntity> steps = new ArrayList<>();
                    List<AssignmentLogEntity> decisions = new ArrayList<>();
                    for (int i = 0; i < written.size(); i++) {
                        if (stepOfEvent.get(i) != null) {
                            steps.add(LeadStageChangeEntity.of(leadOfEvent.get(i), stepOfEvent.get(i),
                                    written.get(i).id()));
                        }
                        AssignmentLogRepository.rowOf(written.get(i).id(), events.get(i).payload(),
                                byId.get(leadOfEvent.get(i))).ifPresent(decisions::add);
                    }
                    // Panache fails on persisting an empty list: a re-score that moved no stage has no step
                    Uni<Void> stepsStored = steps.isEmpty() ? Uni.createFrom().voidItem() : history.persist(steps);
                    return stepsStored.chain(() -> decisions.isEmpty() ? Uni.createFrom().voidItem()
                            : assignments.persist(decisions));
                });
    }

    /** Copies each lead's details and state onto its managed row (found in the session, not read again). */
    private Uni<Void> writeRows(Map<UUID, Lead> byId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Lead lead : byId.values()) {
            chain = chain.chain(() -> leads.findById(lead.id()).invoke(row -> {
                if (row == null) {
                    throw new LeadNotFoundException(lead.id());
                }
                write(lead.details(), row);
                write(lead.state(), row);
            })).replaceWithVoid();
        }
        return chain;
    }

    /** Claimed rows as leads; the rows stay locked and managed until the transaction ends. */
    public static List<Lead> toLeads(List<LeadEntity> rows) {
        return rows.stream().map(LeadStore::toLead).toList();
    }

    static Lead toLead(LeadEntity row) {
        LeadDetails details = new LeadDetails(row.email, row.firstName, row.lastName, row.phone, row.jobTitle,
                row.companyName, row.companyDomain, row.companySize, row.industry, row.country, row.channel,
                row.campaign, row.visitorId, row.capturedAt, row.consentWithdrawnAt, row.erasedAt);
        Lead.State state = new Lead.State(row.stage, row.ownerId, row.qualificationCycle, row.cycleStartedAt,
                row.qualifiedAt, row.mqlReason, row.routingRequestedAt, row.scoreTotal, row.scoreGrade,
                row.scoreModelVersion, null, null, row.scoredAt, row.scoreCheckedAt,
                new Lead.Assignment(row.teamId, row.routingRuleId, row.assignmentReason, row.assignmentExplanation,
                        row.assignedAt),
                row.acceptedAt, row.rejectionReason, row.rejectionNote, money(row.expectedAmount, row.expectedCurrency),
                row.opportunityId, money(row.closedAmount, row.closedCurrency), row.closeReason, row.updatedAt,
                row.version);
        return Lead.restore(row.id, details, state);
    }

    private static void write(LeadDetails details, LeadEntity row) {
        row.email = details.email();
        row.firstName = details.firstName();
        row.lastName = details.lastName();
        row.phone = details.phone();
        row.jobTitle = details.jobTitle();
        row.companyName = details.companyName();
        row.companyDomain = details.companyDomain();
        row.companySize = details.companySize();
        row.industry = details.industry();
        row.country = details.country();
        row.channel = details.channel();
        row.campaign = details.campaign();
        row.visitorId = details.visitorId();
        row.capturedAt = details.capturedAt();
        row.consentWithdrawnAt = details.consentWithdrawnAt();
        row.erasedAt = details.erasedAt();
    }

    private static void write(Lead.State state, LeadEntity row) {
        row.stage = state.stage();
        row.ownerId = state.ownerId();
        row.qualificationCycle = state.qualificationCycle();
        row.cycleStartedAt = state.cycleStartedAt();
        row.qualifiedAt = state.qualifiedAt();
        row.mqlReason = state.mqlReason();
        row.routingRequestedAt = state.routingRequestedAt();
        row.scoreTotal = state.scoreTotal();
        row.scoreGrade = state.scoreGrade();
        row.scoreModelVersion = state.scoreModelVersion();
        if (state.score() != null) {
            row.scoreJson = EventJson.write(state.score());
            row.conversionJson = state.outlook() == null || state.outlook().isEmpty() ? null
                    : EventJson.write(state.outlook());
        }
        row.scoredAt = state.scoredAt();
        row.scoreCheckedAt = state.scoreCheckedAt();
        Lead.Assignment assignment = state.assignment();
        row.teamId = assignment.teamId();
        row.routingRuleId = assignment.ruleId();
        row.assignmentReason = assignment.reason();
        row.assignmentExplanation = assignment.explanation();
        row.assignedAt = assignment.at();
        row.acceptedAt = state.acceptedAt();
        row.rejectionReason = state.rejectionReason();
        row.rejectionNote = state.rejectionNote();
        row.expectedAmount = state.expected().amount();
        row.expectedCurrency = currencyCode(state.expected());
        row.opportunityId = state.opportunityId();
        row.closedAmount = state.closed().amount();
        row.closedCurrency = currencyCode(state.closed());
        row.closeReason = state.closeReason();
        row.updatedAt = state.updatedAt();
    }

    private static Lead.Money money(BigDecimal amount, String currency) {
        return new Lead.Money(amount, currency == null ? null : Currency.getInstance(currency));
    }

    private static String currencyCode(Lead.Money money) {
        return money.currency() == null ? null : money.currency().getCurrencyCode();
    }
}
