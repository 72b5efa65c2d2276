/**
 * The maths of SLA clocks: when an {@link dev.leadbridge.sla.domain.clock.AcceptanceClock} warns, falls due and
 * escalates, and how it ended; {@link dev.leadbridge.sla.domain.clock.Elapsed} measures any stretch (system latency,
 * human response) in business and wall time.
 */
package dev.leadbridge.sla.domain.clock;
