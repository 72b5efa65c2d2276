package dev.leadbridge.qualification.application;

import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.domain.lifecycle.Actor;
import dev.leadbridge.qualification.domain.lifecycle.ExpectedVersion;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadChange;
import dev.leadbridge.qualification.domain.lifecycle.StaleLeadException;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStore;
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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;

/**
 * What sales does with a lead: accept, reject (then recycled to nurture), convert, close, reassign. Each loads the
 * {@link Lead}, asks it (it checks who may act, the version the caller read and the lifecycle, and says what
 * changed), and saves state, history and events in one transaction. Failures leave as domain exceptions; the API
 * chooses their HTTP status. Two people acting on one lead at once are caught by its version: the later one gets a
 * {@link StaleLeadException}.
 */
@ApplicationScoped
public class LeadActions {

    private final LeadStore store;
    private final LeadRepository leads;
    private final LeadHistoryRepository history;
    private final RoutingRepository routing;
    private final PersonalDataKeys keys;
    private final Clock clock;

    LeadActions(LeadStore store, LeadRepository leads, LeadHistoryRepository history, RoutingRepository routing,
                PersonalDataKeys keys, Clock clock) {
        this.store = store;
        this.leads = leads;
        this.history = history;
        this.routing = routing;
        this.keys = keys;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LeadWithHistory> accept(UUID leadId, Actor actor, ExpectedVersion expected) {
        return act(leadId, (lead, at) -> List.of(lead.accept(actor, expected, at)));
    }

    /** Rejects the lead and recycles it to nurture: it is re-scored with its next touchpoint and may qualify again. */
    @WithTransaction
    public Uni<LeadWithHistory> reject(UUID leadId, Actor actor, ExpectedVersion expected, RejectionReason reason,
                                      String note) {
        return act(leadId, (lead, at) -> lead.reject(actor, expected, reason, note, at));
    }

    @WithTransaction
    public Uni<LeadWithHistory> convert(UUID leadId, Actor actor, ExpectedVersion expected, String opportunityId,
                                        BigDecimal expectedAmount, Currency currency) {
        return act(leadId, (lead, at) -> List.of(lead.convert(actor, expected, opportunityId,
                new Lead.Money(expectedAmount, currency), at)));
    }

    @WithTransaction
    public Uni<LeadWithHistory> close(UUID leadId, Actor actor, ExpectedVersion expected, CloseOutcome outcome,
                                      BigDecimal amount, Currency currency, String reason) {
        return act(leadId, (lead, at) -> List.of(lead.close(actor, expected, outcome, new Lead.Money(amount, currency),
                reason, at)));
    }

    /** A manager gives the lead to another rep of the roster. */
    @WithTransaction
    public Uni<LeadWithHistory> reassign(UUID leadId, Actor actor, ExpectedVersion expected, String newOwnerId) {
        return routing.teamOf(newOwnerId).chain(team ->
                act(leadId, (lead, at) -> List.of(lead.reassign(actor, expected, newOwnerId, team, at))));
    }

    /**
     * The changes with what a rep wrote about the person (a rejection note, a close reason) sealed under the lead's
     * key for the topic kept forever; the lead keeps it readable here, where an erasure reaches it.
     */
    private Uni<List<LeadChange>> withFreeTextSealed(UUID leadId, List<LeadChange> changes) {
        if (changes.stream().noneMatch(LeadActions::carriesFreeText)) {
            return Uni.createFrom().item(changes);
        }
        return keys.keyOf(leadId).map(key -> changes.stream().map(change -> sealed(change, key)).toList());
    }

    private static LeadChange sealed(LeadChange change, Optional<PersonalDataKey> key) {
        if (change.payload() instanceof LeadRejected rejected) {
            return new LeadChange(change.type(), PersonalData.seal(rejected, key), change.stageStep());
        }
        if (change.payload() instanceof LeadClosed closed) {
            return new LeadChange(change.type(), PersonalData.seal(closed, key), change.stageStep());
        }
        return change;
    }

    private static boolean carriesFreeText(LeadChange change) {
        return change.payload() instanceof LeadRejected rejected && rejected.note() != null
                || change.payload() instanceof LeadClosed closed && closed.reason() != null;
    }

    /** The decision a loaded lead takes as of a moment; it throws when the action is not allowed. */
    @FunctionalInterface
    private interface Decision {
        List<LeadChange> on(Lead lead, Instant at);
    }

    private Uni<LeadWithHistory> act(UUID leadId, Decision decision) {
        return store.require(leadId).chain(lead -> {
            List<LeadChange> decided = decision.on(lead, clock.instant());
            return withFreeTextSealed(leadId, decided).chain(changes -> store.save(lead, changes)
                    .invoke(written -> LeadLog.decided(lead, changes, written)))
                    .call(leads::flush)
                    .chain(() -> leads.findById(leadId))
                    .chain(row -> history.historyOf(leadId).map(steps -> new LeadWithHistory(row, steps)));
        }).onFailure(failure -> failure instanceof OptimisticLockException || failure instanceof StaleStateException)
                .transform(failure -> StaleLeadException.changedMeanwhile());
    }
}
