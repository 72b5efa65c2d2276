package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;

import java.util.Arrays;

/**
 * The rule-based models whose weights follow from the order of touches and the milestones alone.
 * <p>
 * The position-based models (u_shaped, w_shaped, full_path) give each milestone position a fixed share and spread the
 * rest evenly over the touches that hold no position. The shares are those of the position-based models of Marketo
 * Measure (formerly Bizible), which HubSpot's U-shaped and W-shaped reports use too: U-shaped 40% first touch, 40% lead
 * creation, 20% the rest; W-shaped 30% each to first touch, lead creation and opportunity creation, 10% the rest; full
 * path 22.5% each to those three and the closing touch, 10% the rest. Neither publicly defines what a touch holding
 * two positions gets (a first touch that also created the lead is common: a form filled in on the first visit), so
 * these rules decide:
 * <ul>
 *   <li>a touch holding several positions (the first touch also created the lead) gets the sum of their shares;</li>
 *   <li>a position no touch holds (no opportunity yet, or no touch before the milestone) drops out, and the other
 *       shares grow in proportion;</li>
 *   <li>when every touch holds a position, the spread share has no taker and the position shares grow in proportion
 *       too.</li>
 * </ul>
 * So for u_shaped: one touch gets 100%; two touches, first and lead-creating, get 50/50; a first touch that created
 * the lead gets 80% and the other touches share 20%; with n ≥ 3 touches and the lead created by the last, 40% / 20% ⁄
 * (n−2) each / 40%.
 */
public enum RuleModel implements AttributionModel {

    /** All credit to the earliest touch, which found the lead. */
    FIRST_TOUCH(ModelId.FIRST_TOUCH) {
        @Override
        public long[] weigh(Journey journey) {
            long[] weights = new long[Weights.attributableTouches(journey)];
            weights[0] = 1;
            return weights;
        }
    },

    /** All credit to the last touch at or before the close, which closed the deal. */
    LAST_TOUCH(ModelId.LAST_TOUCH) {
        @Override
        public long[] weigh(Journey journey) {
            long[] weights = new long[Weights.attributableTouches(journey)];
            weights[weights.length - 1] = 1;
            return weights;
        }
    },

    /** Equal credit to every touch. */
    LINEAR(ModelId.LINEAR) {
        @Override
        public long[] weigh(Journey journey) {
            long[] weights = new long[Weights.attributableTouches(journey)];
            Arrays.fill(weights, 1);
            return weights;
        }
    },

    /** 40% to the first touch, 40% to the lead-creation touch, 20% spread over the others. */
    U_SHAPED(ModelId.U_SHAPED) {
        @Override
        public long[] weigh(Journey journey) {
            return positional(journey, 400, 200, Milestone.FIRST_TOUCH, Milestone.LEAD_CREATION);
        }
    },

    /** 30% each to the first touch, lead creation and opportunity creation, 10% spread over the others. */
    W_SHAPED(ModelId.W_SHAPED) {
        @Override
        public long[] weigh(Journey journey) {
            return positional(journey, 300, 100,
                    Milestone.FIRST_TOUCH, Milestone.LEAD_CREATION, Milestone.OPPORTUNITY_CREATION);
        }
    },

    /** 22.5% each to the first touch, lead creation, opportunity creation and close, 10% spread over the others. */
    FULL_PATH(ModelId.FULL_PATH) {
        @Override
        public long[] weigh(Journey journey) {
            return positional(journey, 225, 100,
                    Milestone.FIRST_TOUCH, Milestone.LEAD_CREATION, Milestone.OPPORTUNITY_CREATION, Milestone.CLOSE);
        }
    };

    private final ModelId id;

    RuleModel(ModelId id) {
        this.id = id;
    }

    @Override
    public ModelId id() {
        return id;
    }

    /**
     * Position weights in per mille. To keep the weights whole, position shares are multiplied by the number of
     * touches without a position while each of those gets the spread share: each then receives spread ⁄ others of
     * the total, as described, with no fraction anywhere.
     */
    private static long[] positional(Journey journey, long positionShare, long spreadShare, Milestone... positions) {
        long[] weights = new long[Weights.attributableTouches(journey)];
        int holders = 0;
        for (Milestone position : positions) {
            int index = journey.touchIndexOf(position);
            if (index != Journey.NO_TOUCH) {
                holders += weights[index] == 0 ? 1 : 0;
                weights[index] += positionShare;
            }
        }
        long others = weights.length - holders;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weights[i] == 0 ? spreadShare : weights[i] * Math.max(others, 1);
        }
        return weights;
    }
}
