package dev.leadbridge.attribution.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the SLA figures are grouped by: the lead's source channel, country or territory, or the team and rep the clock
 * ran against (the clock's own, so a clock breached by one rep before a reassignment counts against that rep).
 */
public enum SlaGrouping {

    CHANNEL,
    COUNTRY,
    TERRITORY,
    TEAM,
    REP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SlaGrouping> fromWire(String wire) {
        return Arrays.stream(values()).filter(grouping -> grouping.wire().equals(wire)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(SlaGrouping::wire).collect(Collectors.joining(", "));
    }
}
