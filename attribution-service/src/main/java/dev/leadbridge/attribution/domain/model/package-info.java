/**
 * Attribution models and exact crediting. A model only says how much each attributable touch of a journey weighs
 * ({@link dev.leadbridge.attribution.domain.model.AttributionModel#weigh}); one rounding rule for all models,
 * {@link dev.leadbridge.attribution.domain.model.LargestRemainder}, turns the weights into minor units that add up
 * exactly to the deal's revenue; {@link dev.leadbridge.attribution.domain.model.CreditTotals} sums the credits per
 * channel and campaign.
 */
package dev.leadbridge.attribution.domain.model;
