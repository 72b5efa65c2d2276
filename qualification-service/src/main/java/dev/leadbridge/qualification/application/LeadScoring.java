package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.config.DomainLists;
import dev.leadbridge.platform.domains.DomainList;
import dev.leadbridge.qualification.domain.learning.ConversionOutlook;
import dev.leadbridge.qualification.domain.learning.ConversionPredictors;
import dev.leadbridge.qualification.domain.learning.LeadSignals;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadChange;
import dev.leadbridge.qualification.domain.lifecycle.LeadDetails;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.NegativeSignal;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.persistence.LeadStore;
import dev.leadbridge.qualification.persistence.TouchpointEntity;
import dev.leadbridge.qualification.persistence.TouchpointRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a lead from who it is and its touchpoints under the current model and lets the {@link Lead} decide what
 * the score means (scored, MQL once per qualification cycle, back to nurture when a queued MQL faded); the decisions
 * are saved and announced together, with the lead's score under a draft model in shadow if there is one. A new MQL
 * asks for routing, which {@link RoutingWorker} does once the transaction commits. Runs inside the caller's
 * transaction (an inbox transaction or an application-service method).
 */
@ApplicationScoped
public class LeadScoring {

    private final TouchpointRepository touchpoints;
    private final LeadStore store;
    private final ScoringModels models;
    /** The managed domain list of competitors ({@code /api/v1/competitor-domains}). */
    public static final String COMPETITOR_DOMAINS = "competitor-domains";

    private final DomainLists domainLists;
    private final ShadowScoring shadows;
    private final ConversionModelsInUse conversionModels;
    private final Clock clock;

    LeadScoring(TouchpointRepository touchpoints, LeadStore store, ScoringModels models,
                DomainLists domainLists, ShadowScoring shadows, ConversionModelsInUse conversionModels, Clock clock) {
        this.touchpoints = touchpoints;
        this.store = store;
        this.models = models;
        this.domainLists = domainLists;
        this.shadows = shadows;
        this.conversionModels = conversionModels;
        this.clock = clock;
    }

    /** Re-scores the lead now under the current model and competitor list; call inside a transaction. */
    public Uni<Void> rescore(Lead lead) {
        return models.current().chain(model -> competitors()
                .chain(competitors -> rescore(lead, model, competitors, clock.instant())));
    }

    /** The competitor domains in force; read once for a batch of re-scores. Call inside a session. */
    public Uni<DomainList> competitors() {
        return domainLists.current(COMPETITOR_DOMAINS).map(DomainLists.Version::list);
    }

    /** Re-scores the lead as of {@code at} under {@code model} and {@code competitors}; call inside a transaction. */
    public Uni<Void> rescore(Lead lead, ScoringModel model, DomainList competitors, Instant at) {
        if (lead.details().erased()) {
            // without the person's e-mail domain and title a re-score would judge someone else: the score stays
            return Uni.createFrom().voidItem();
        }
        return touchpoints.ofLead(lead.id()).chain(found -> conversionModels.predictors().chain(predictors -> {
            List<EngagementEvent> engagement = engagementOf(found);
            LeadProfile profile = profileOf(lead.details(), competitors);
            Scorecard card = models.scorerFor(model).score(profile, engagement, at);
            ConversionOutlook chances = outlook(predictors, lead.details(), profile, engagement, model, card, at);
            List<LeadChange> changes = lead.rescore(card, chances, model.mql(), engagement, at);
            return store.save(lead, changes).invoke(written -> LeadLog.decided(lead, changes, written))
                    .chain(() -> shadows.scoreBeside(lead, card, profile, engagement, at));
        })).replaceWithVoid();
    }

    /** What the conversion models say of the lead as it is now: the signals they learned from, as of {@code at}. */
    private static ConversionOutlook outlook(ConversionPredictors predictors, LeadDetails lead, LeadProfile profile,
                                             List<EngagementEvent> engagement, ScoringModel model, Scorecard card,
                                             Instant at) {
        if (predictors.isEmpty()) {
            return ConversionOutlook.NONE;
        }
        return predictors.predict(signalsOf(lead, profile, engagement, model, card, at));
    }

    /**
     * The lead as the conversion models see it at {@code at}: the one definition for learning (at the MQL moment) and
     * for predicting (when scored), so a model is never asked about signals computed another way than it learned.
     */
    static LeadSignals.Example signalsOf(LeadDetails lead, LeadProfile profile, List<EngagementEvent> engagement,
                                         ScoringModel model, Scorecard card, Instant at) {
        return LeadSignals.of(profile, lead.channel(), lead.campaign(), engagement, model.freeMailDomains(),
                card.score().fit(), card.score().engagement(), at);
    }

    /**
     * The lead as scoring sees it, with what is known against it: a withdrawn consent, a domain on the competitor
     * list (by e-mail or company domain).
     */
    public static LeadProfile profileOf(LeadDetails lead, DomainList competitors) {
        Set<NegativeSignal> flags = EnumSet.noneOf(NegativeSignal.class);
        if (lead.consentWithdrawn()) {
            flags.add(NegativeSignal.UNSUBSCRIBED);
        }
        if (competitors.match(lead.email()).or(() -> competitors.match(lead.companyDomain())).isPresent()) {
            flags.add(NegativeSignal.COMPETITOR);
        }
        return new LeadProfile(LeadProfile.domainOf(lead.email()), lead.companyDomain(), lead.jobTitle(),
                lead.companySize() == null ? 0 : lead.companySize(), lead.industry(), lead.country(), flags);
    }

    private static List<EngagementEvent> engagementOf(List<TouchpointEntity> found) {
        return found.stream().map(t -> new EngagementEvent(t.touchpointId, t.type, t.occurredAt)).toList();
    }
}
