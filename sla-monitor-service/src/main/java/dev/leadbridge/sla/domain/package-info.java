/**
 * The SLA domain as plain Java, free of Quarkus, Jakarta, Kafka and Jackson so it is tested without a container:
 * {@link dev.leadbridge.sla.domain.time time} (business calendars and the business-time calculator),
 * {@link dev.leadbridge.sla.domain.policy policy} (SLA policies and which one applies to a lead) and
 * {@link dev.leadbridge.sla.domain.clock clock} (when an acceptance clock warns, falls due and escalates, and how it
 * ended).
 * <p>
 * Every operation is a pure function of its arguments: time arrives as an {@link java.time.Instant} parameter, and
 * what must survive a call (timers, pauses) is stored by the caller.
 */
package dev.leadbridge.sla.domain;
