package dev.leadbridge.attribution.domain.journey;

import dev.leadbridge.events.payload.Channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What revenue is grouped by: the {@code groupBy=channel|campaign} of the attribution API, and the states of the Markov
 * model.
 */
public enum TouchDimension {

    CHANNEL,
    CAMPAIGN;

    /** Channel wire names computed once, because {@link Channel#wire()} builds a new string on every call. */
    private static final String[] CHANNEL_KEYS = Arrays.stream(Channel.values()).map(Channel::wire)
            .toArray(String[]::new);

    /** The group a touch belongs to: the channel's wire name, or the campaign. */
    public String keyOf(Touch touch) {
        return switch (this) {
            case CHANNEL -> CHANNEL_KEYS[touch.channel().ordinal()];
            case CAMPAIGN -> touch.campaign();
        };
    }

    /** The name in the API's {@code groupBy} parameter. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dimension a {@code groupBy} value names, if any. */
    public static Optional<TouchDimension> fromWire(String wire) {
        return Arrays.stream(values()).filter(dimension -> dimension.wire().equals(wire)).findFirst();
    }
}
