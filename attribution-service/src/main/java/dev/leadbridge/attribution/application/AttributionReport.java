package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.MarkovModel;
import dev.leadbridge.attribution.domain.model.ModelId;
import dev.leadbridge.attribution.domain.model.ShapleyModel;
import java.util.Map;

/**
 * Revenue credited under one model to the deals won in a window.
 *
 * @param deals   the number of won deals with an amount that were credited
 * @param learned what a data-driven model learnt from all journeys and credits by; null for a rule-based model
 */
public record AttributionReport(ModelId model, TouchDimension groupBy, TimeWindow window, int deals,
                                CreditTotals totals, Learned learned) {

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
