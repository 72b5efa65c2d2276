/**
 * A lead's journey: its touches in time order (including anonymous ones stitched to the lead once it was known), the
 * milestones it reached, and how it closed. Journeys are immutable, so one can be credited under every model.
 */
package dev.leadbridge.attribution.domain.journey;
