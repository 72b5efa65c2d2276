package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.goal.LeadFacts;
import dev.leadbridge.attribution.domain.journey.Deal;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.MinorUnits;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.kpi.Funnel;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.domain.kpi.LeadQuality;
import dev.leadbridge.attribution.domain.kpi.SlaClock;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.DealCredits;
import dev.leadbridge.attribution.domain.model.MarkovModel;
import dev.leadbridge.attribution.domain.model.ModelId;
import dev.leadbridge.attribution.domain.model.RuleModel;
import dev.leadbridge.attribution.domain.model.ShapleyModel;
import dev.leadbridge.attribution.domain.model.TimeDecayModel;
import dev.leadbridge.attribution.persistence.LeadEntity;
import dev.leadbridge.attribution.persistence.ReadModelRepository;
import dev.leadbridge.events.payload.Channel;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports behind the REST API, computed from one read of the read model. The whole read model is read per
 * request, which suits the volumes of one marketing team; a larger one would keep journeys precomputed.
 */
@ApplicationScoped
public class ReportQueries {

    private final ReadModelRepository repository;
    private final AttributionConfig config;

    ReportQueries(ReadModelRepository repository, AttributionConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /**
     * Credits the deals won in {@code window} (by close time) under {@code modelId}; a data-driven model (Markov,
     * Shapley) is first fitted over every journey, converting and not, with states by {@code groupBy}.
     */
    @WithSession
    public Uni<AttributionReport> attribution(ModelId modelId, AttributionGrouping groupBy, TimeWindow window) {
        return compare(List.of(modelId), groupBy, window).map(reports -> reports.get(0));
    }

    /** The same deals credited under each of {@code models}, in that order, from one read of the read model. */
    @WithSession
    public Uni<List<AttributionReport>> compare(List<ModelId> models, AttributionGrouping groupBy,
                                                TimeWindow window) {
        return readModel().map(readModel -> {
            List<Journey> journeys = readModel.journeys();
            Map<UUID, LeadProgress.Placement> placements = groupBy.byLead() ? readModel.placements() : Map.of();
            List<Journey> won = journeys.stream()
                    .filter(journey -> journey.attributableCount() > 0 && journey.wonDeal()
                            .map(deal -> window.contains(deal.closedAt())).orElse(false))
                    .toList();
            Map<Currency, Map<String, BigDecimal>> byLead = new HashMap<>();
            if (groupBy.byLead()) {
                for (Journey journey : won) {
                    Deal deal = journey.wonDeal().orElseThrow();
                    byLead.computeIfAbsent(deal.currency(), currency -> new TreeMap<>()).merge(
                            groupBy.groupOf(placements.get(journey.id())),
                            MinorUnits.toAmount(deal.minorUnits(), deal.currency()), BigDecimal::add);
                }
            }
            return models.stream().map(modelId -> {
                AttributionModel model = modelFor(modelId, groupBy.touches(), journeys);
                CreditTotals totals = new CreditTotals();
                won.forEach(journey -> totals.add(DealCredits.of(journey, model)));
                return new AttributionReport(modelId, groupBy, window, won.size(), totals, byLead,
                        AttributionReport.Learned.of(model));
            }).toList();
        });
    }

    /** The funnel of the leads captured in {@code cohort}, overall and per group. */
    @WithSession
    public Uni<GroupedReport<Funnel>> funnel(TimeWindow cohort, Function<LeadProgress, String> group) {
        return readModel().map(readModel -> {
            List<LeadProgress> leads = readModel.progress();
            Map<String, Funnel> groups = group == null ? Map.of() : Funnel.byGroup(leads, cohort, group);
            return new GroupedReport<>(Funnel.of(leads, cohort), groups);
        });
    }

    /** Sales' feedback on the leads captured in {@code cohort}, overall and per group. */
    @WithSession
    public Uni<GroupedReport<LeadQuality>> leadQuality(TimeWindow cohort, Function<LeadProgress, String> group) {
        return readModel().map(readModel -> {
            List<LeadProgress> leads = readModel.progress();
            Map<String, LeadQuality> groups = group == null ? Map.of() : LeadQuality.byGroup(leads, cohort, group);
            return new GroupedReport<>(LeadQuality.of(leads, cohort), groups);
        });
    }

    /**
     * The SLA figures of the clocks started in {@code window}, cut into buckets of {@code bucket} over time; overall
     * and, with a {@code grouping}, per group with clocks in the window (channels in contract order, other groups by
     * name).
     */
    @WithSession
    public Uni<GroupedReport<SlaKpis>> slaKpis(TimeWindow window, Duration bucket, SlaGrouping grouping) {
        return repository.allLeads().chain(leads -> repository.allOwners().chain(owners -> repository.allSlaClocks()
                .map(rows -> {
                    Map<UUID, Channel> channelByLead = channelsOf(leads);
                    List<SlaClock> clocks = SlaClocks.of(rows, channelByLead);
                    Map<String, SlaKpis> groups = new LinkedHashMap<>();
                    if (grouping != null) {
                        Map<UUID, String> groupOfClock = SlaClocks.groups(rows, grouping, channelByLead,
                                new ReadModel(leads, List.of(), List.of(), owners).placements());
                        for (String group : SlaClocks.groupOrder(grouping, groupOfClock.values())) {
                            List<SlaClock> ofGroup = clocks.stream()
                                    .filter(clock -> group.equals(groupOfClock.get(clock.timerId()))).toList();
                            if (ofGroup.stream().anyMatch(clock -> window.contains(clock.startedAt()))) {
                                groups.put(group, SlaKpis.of(ofGroup, window, bucket));
                            }
                        }
                    }
                    return new GroupedReport<>(SlaKpis.of(clocks, window, bucket), groups);
                })));
    }

    /** What goals and launches count of every lead, from one read of the read model without touchpoints. */
    @WithSession
    public Uni<List<LeadFacts>> leadFacts() {
        return repository.allLeads().chain(leads -> repository.allMilestones().chain(milestones -> repository
                .allOwners().chain(owners -> repository.allSlaClocks().map(clocks ->
                        new ReadModel(leads, List.of(), milestones, owners)
                                .goalFacts(SlaClocks.of(clocks, channelsOf(leads)))))));
    }

    private static Map<UUID, Channel> channelsOf(List<LeadEntity> leads) {
        return leads.stream().collect(Collectors.toMap(lead -> lead.id, lead -> lead.channel));
    }

    private AttributionModel modelFor(ModelId id, TouchDimension groupBy, List<Journey> journeys) {
        return switch (id) {
            case MARKOV -> MarkovModel.fit(journeys, groupBy);
            case SHAPLEY -> ShapleyModel.fit(journeys, groupBy);
            case TIME_DECAY -> new TimeDecayModel(config.timeDecayHalfLife());
            default -> RuleModel.valueOf(id.name());
        };
    }

    /** Reads the read model's three tables one after the other, in the request's session. */
    private Uni<ReadModel> readModel() {
        return repository.allLeads().chain(leads -> repository.allTouchpoints().chain(touchpoints ->
                repository.allMilestones().chain(milestones -> repository.allOwners()
                        .map(owners -> new ReadModel(leads, touchpoints, milestones, owners)))));
    }
}
