package dev.leadbridge.attribution.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the attribution reports. */
@ConfigMapping(prefix = "leadbridge.attribution")
public interface AttributionConfig {

    /** The half-life of the time_decay model: a touch this much older than another counts half as much. */
    @WithDefault("P7D")
    Duration timeDecayHalfLife();
}
