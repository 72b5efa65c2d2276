package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.ModelId;

/**
 * Revenue credited under one model to the deals won in a window.
 *
 * @param deals the number of won deals with an amount that were credited
 */
public record AttributionReport(ModelId model, TouchDimension groupBy, TimeWindow window, int deals,
                                CreditTotals totals) {
}
