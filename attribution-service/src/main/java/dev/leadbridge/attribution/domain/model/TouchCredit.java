package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Touch;

import java.math.BigDecimal;

/** The revenue one touch earned under one model, for reports that list a deal's touches. */
public record TouchCredit(Touch touch, BigDecimal amount) {
}
