package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Recent touches weigh more: a touch of age {@code a} (close time minus touch time) weighs 0.5<sup>a ⁄ halfLife</sup>,
 * so a touch one half-life older than another counts half as much.
 * <p>
 * Only ratios between weights matter, and the ratio of two touches depends only on the time between them, so ages are
 * measured from the last attributable touch instead of the close: the same weights, without the underflow to zero
 * that very old deals would otherwise hit.
 *
 * @param halfLife the age at which a touch counts half as much as one at the close; {@link #DEFAULT_HALF_LIFE} unless
 *                 configured
 */
public record TimeDecayModel(Duration halfLife) implements AttributionModel {

    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    public TimeDecayModel {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
        }
    }

    /** The model with the default half-life of seven days. */
    public TimeDecayModel() {
        this(DEFAULT_HALF_LIFE);
    }

    @Override
    public ModelId id() {
        return ModelId.TIME_DECAY;
    }

    @Override
    public long[] weigh(Journey journey) {
        int count = Weights.attributableTouches(journey);
        Instant last = journey.touch(count - 1).occurredAt();
        double halfLives = seconds(halfLife.getSeconds(), halfLife.getNano());
        double[] relative = new double[count];
        for (int i = 0; i < count; i++) {
            Instant at = journey.touch(i).occurredAt();
            double age = seconds(last.getEpochSecond() - at.getEpochSecond(), last.getNano() - at.getNano());
            relative[i] = Math.pow(0.5, age / halfLives);
        }
        return Weights.quantise(relative);
    }

    private static double seconds(long seconds, int nanos) {
        return seconds + nanos / 1e9;
    }
}
