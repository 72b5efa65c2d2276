/**
 * The arithmetic behind the funnel, lead-quality and SLA reports: pure functions from read-model records and a
 * {@link dev.leadbridge.attribution.domain.kpi.TimeWindow} to figures. Counts are exact, rates are kept as numerator
 * and denominator, and every median and p90 uses the one percentile definition in
 * {@link dev.leadbridge.attribution.domain.kpi.Percentiles}.
 */
package dev.leadbridge.attribution.domain.kpi;
