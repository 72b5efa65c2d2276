/**
 * The qualification domain as plain Java, free of Quarkus, Jakarta, Kafka and Jackson so it is tested without a
 * container: {@link dev.leadbridge.qualification.domain.scoring scoring} (fit, engagement with decay, negative signals,
 * MQL decision), {@link dev.leadbridge.qualification.domain.routing routing} (rules, weighted round robin, account
 * matching) and the {@link dev.leadbridge.qualification.domain.lifecycle lifecycle} state machine with who may act.
 * <p>
 * Every operation is a pure function of its arguments: time arrives as an {@link java.time.Instant} parameter, and
 * state that must survive a call (rotation credits, loads) is returned for the caller to store.
 */
package dev.leadbridge.qualification.domain;
