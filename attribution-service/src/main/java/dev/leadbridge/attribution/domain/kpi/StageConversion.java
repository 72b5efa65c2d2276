package dev.leadbridge.attribution.domain.kpi;

/** The share of leads at {@code from} that also reached {@code to}, the next stage. */
public record StageConversion(FunnelStage from, FunnelStage to, Rate rate) {
}
