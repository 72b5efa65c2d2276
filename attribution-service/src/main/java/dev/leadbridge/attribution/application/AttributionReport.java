package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.MarkovModel;
import dev.leadbridge.attribution.domain.model.ModelId;
import dev.leadbridge.attribution.domain.model.ShapleyModel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Revenue credited under one model to the deals won in a window.
 *
 * @param deals   the number of won deals with an amount that were credited
 * @param byLead  when grouped by where leads belong, each currency's revenue per group (whole deals); else empty
 * @param learned what a data-driven model learnt from all journeys and credits by; null for a rule-based model
 */
public record AttributionReport(ModelId model, AttributionGrouping groupBy, TimeWindow window, int deals,
                                CreditTotals totals, Map<Currency, Map<String, BigDecimal>> byLead,
                                Learned learned) {

    /** Revenue per group in {@code currency}, sorted by group; sums to the currency's total. */
    public Map<String, BigDecimal> totals(Currency currency) {
        if (!groupBy.byLead()) {
            return totals.totals(groupBy.touches(), currency);
        }
        return byLead.getOrDefault(currency, Map.of());
    }

    /**
     * A data-driven model's value of each channel or campaign.
     *
     * @param measure               {@code removal_effect} (Markov) or {@code shapley_value}
     * @param conversionProbability Markov: the chain's probability of converting, the removal effects' baseline
     * @param exact                 Shapley: false when the values were sampled (more than
     *                              {@value ShapleyModel#EXACT_UP_TO} channels or campaigns)
     */
    public record Learned(String measure, Map<String, Double> values, Double conversionProbability, Boolean exact) {

        static Learned of(AttributionModel model) {
            if (model instanceof MarkovModel markov) {
                return new Learned("removal_effect", markov.removalEffects(), markov.conversionProbability(), null);
            }
            if (model instanceof ShapleyModel shapley) {
                return new Learned("shapley_value", shapley.values(), null, shapley.exact());
            }
            return null;
        }
    }
}
