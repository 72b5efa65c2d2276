package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Deal;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.MinorUnits;
import dev.leadbridge.attribution.domain.journey.TouchDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One won deal credited under one model: minor units per attributable touch that add up to the deal exactly. The
 * credits are kept as a primitive array, so crediting a million deals creates no object per touch; {@link BigDecimal}
 * views are built only when asked for.
 */
public final class DealCredits {

    private final Journey journey;
    private final ModelId model;
    private final Deal deal;
    private final long[] minorUnits;

    private DealCredits(Journey journey, ModelId model, Deal deal, long[] minorUnits) {
        this.journey = journey;
        this.model = model;
        this.deal = deal;
        this.minorUnits = minorUnits;
    }

    /**
     * Credits a won deal's revenue to its journey's attributable touches, rounded by {@link LargestRemainder}.
     *
     * @throws IllegalArgumentException if the journey is not a won deal with an amount, or has no touch at or before
     *                                  its close
     */
    public static DealCredits of(Journey journey, AttributionModel model) {
        Deal deal = journey.wonDeal().orElseThrow(() -> new IllegalArgumentException(
                "journey " + journey.id() + " is not a won deal with an amount"));
        long[] weights = model.weigh(journey);
        if (weights.length != journey.attributableCount()) {
            throw new IllegalStateException(model.id().wire() + " weighed " + weights.length + " touches, not "
                    + journey.attributableCount());
        }
        return new DealCredits(journey, model.id(), deal, LargestRemainder.allocate(deal.minorUnits(), weights));
    }

    public Journey journey() {
        return journey;
    }

    public ModelId model() {
        return model;
    }

    public Deal deal() {
        return deal;
    }

    /** The number of credited touches: the journey's attributable touches. */
    public int size() {
        return minorUnits.length;
    }

    /** The minor units credited to the touch at {@code index} in time order. */
    public long minorUnits(int index) {
        return minorUnits[index];
    }

    /** Every credited touch with its amount, in time order. */
    public List<TouchCredit> touchCredits() {
        List<TouchCredit> credits = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            credits.add(new TouchCredit(journey.touch(i), MinorUnits.toAmount(minorUnits[i], deal.currency())));
        }
        return Collections.unmodifiableList(credits);
    }

    /** The deal's credit per channel or campaign, in order of first touch; it sums to the deal amount. */
    public Map<String, BigDecimal> totals(TouchDimension dimension) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            totals.merge(dimension.keyOf(journey.touch(i)), minorUnits[i], Long::sum);
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        totals.forEach((group, units) -> amounts.put(group, MinorUnits.toAmount(units, deal.currency())));
        return Collections.unmodifiableMap(amounts);
    }
}
