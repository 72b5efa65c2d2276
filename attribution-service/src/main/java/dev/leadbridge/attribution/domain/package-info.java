/**
 * The attribution domain as plain Java, free of Quarkus, Jakarta, Kafka and Jackson so it is tested without a
 * container: {@link dev.leadbridge.attribution.domain.journey journeys} (a lead's touches and milestones),
 * attribution {@link dev.leadbridge.attribution.domain.model models} that credit a won deal's revenue to those
 * touches exactly to the cent, and the {@link dev.leadbridge.attribution.domain.kpi KPI} arithmetic behind the funnel,
 * lead-quality and SLA reports.
 * <p>
 * Every operation is a pure function of its arguments: time arrives as {@link java.time.Instant} parameters, never
 * from a clock, so replaying the topics into the same read models always yields the same figures.
 */
package dev.leadbridge.attribution.domain;
