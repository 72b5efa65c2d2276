package dev.leadbridge.attribution.domain.kpi;

import java.util.Optional;

/**
 * The funnel's stages in order. They are the forward steps of the lifecycle only: scoring, assignment, rejection and
 * recycling are not stages a lead is counted "in" but events within them.
 */
public enum FunnelStage {

    CAPTURED,
    MQL,
    /** Sales accepted the lead. */
    SAL,
    OPPORTUNITY,
    WON;

    private static final FunnelStage[] STAGES = values();

    /** The following stage; none after {@link #WON}. */
    public Optional<FunnelStage> next() {
        return ordinal() + 1 < STAGES.length ? Optional.of(STAGES[ordinal() + 1]) : Optional.empty();
    }
}
