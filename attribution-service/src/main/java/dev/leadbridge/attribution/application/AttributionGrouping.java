package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What attributed revenue is grouped by: the touches' channel or campaign, each touch credited under the model, or
 * where the lead belongs (country, territory, team, rep), the whole deal to the lead's group. By a lead's group every
 * model gives the same figures, since each deal's credits add up to its amount; the data-driven models are then
 * fitted on channels.
 */
public enum AttributionGrouping {

    CHANNEL(TouchDimension.CHANNEL, null),
    CAMPAIGN(TouchDimension.CAMPAIGN, null),
    COUNTRY(TouchDimension.CHANNEL, LeadProgress.Placement::country),
    TERRITORY(TouchDimension.CHANNEL, LeadProgress.Placement::territory),
    TEAM(TouchDimension.CHANNEL, LeadProgress.Placement::team),
    REP(TouchDimension.CHANNEL, LeadProgress.Placement::rep);

    private final TouchDimension touches;
    private final Function<LeadProgress.Placement, String> leadGroup;

    AttributionGrouping(TouchDimension touches, Function<LeadProgress.Placement, String> leadGroup) {
        this.touches = touches;
        this.leadGroup = leadGroup;
    }

    /** The dimension the touches are credited (and the data-driven models fitted) by. */
    public TouchDimension touches() {
        return touches;
    }

    /** Whether whole deals go to the lead's group rather than credits to the touches'. */
    public boolean byLead() {
        return leadGroup != null;
    }

    String groupOf(LeadProgress.Placement placement) {
        return leadGroup.apply(placement == null ? LeadProgress.Placement.NOWHERE : placement);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttributionGrouping> fromWire(String wire) {
        return Arrays.stream(values()).filter(grouping -> grouping.wire().equals(wire)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(AttributionGrouping::wire).collect(Collectors.joining(", "));
    }
}
