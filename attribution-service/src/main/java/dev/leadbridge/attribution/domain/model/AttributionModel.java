package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;

/**
 * How a model shares a deal among the touches that led to it. A model returns relative integer weights rather than
 * money, so every model is rounded by the same rule ({@link LargestRemainder}) and none can lose or invent a cent.
 * Implementations are immutable and safe to share between threads.
 */
public interface AttributionModel {

    ModelId id();

    /**
     * The weight of each attributable touch, index for index with {@link Journey#touch(int)}: an array of
     * {@link Journey#attributableCount()} weights, none negative and at least one positive. Only ratios matter.
     *
     * @throws IllegalArgumentException if the journey has no attributable touch
     */
    long[] weigh(Journey journey);
}
