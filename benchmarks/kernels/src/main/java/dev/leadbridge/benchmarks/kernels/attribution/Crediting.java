package dev.leadbridge.benchmarks.kernels.attribution;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.model.AttributionModel;
import dev.leadbridge.attribution.domain.model.CreditTotals;
import dev.leadbridge.attribution.domain.model.DealCredits;
import dev.leadbridge.attribution.domain.model.RuleModel;
import dev.leadbridge.attribution.domain.model.TimeDecayModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the attribution benchmarks measure, shared so every benchmark credits deals exactly the same way. */
public final class Crediting {

    /** first_touch, last_touch, linear, time_decay, u_shaped, w_shaped, full_path: the seven rule-based models. */
    public static final List<AttributionModel> RULE_MODELS = ruleModels();

    private Crediting() {
    }

    /**
     * The attribution report's loop (ReportQueries.attribution) without the read model and the time window: every
     * won deal credited under {@code model}, rounded exactly, and summed per channel and campaign.
     */
    public static CreditTotals creditWonDeals(List<Journey> journeys, AttributionModel model) {
        CreditTotals totals = new CreditTotals();
        for (Journey journey : journeys) {
            if (journey.isWon() && journey.attributableCount() > 0) {
                totals.add(DealCredits.of(journey, model));
            }
        }
        return totals;
    }

    /**
     * The floor: one pass over the same journeys that reads what every model reads per attributable touch (its
     * time and channel) and sums the deals' amounts from a primitive array. It computes no weight, rounds nothing
     * and allocates nothing, so it costs about what pulling the journeys through the memory hierarchy costs; a
     * model's time as a multiple of it is the model's own work.
     */
    public static long readJourneysSumAmounts(List<Journey> journeys, long[] wonMinorUnits) {
        long checksum = 0;
        for (int j = 0; j < wonMinorUnits.length; j++) {
            Journey journey = journeys.get(j);
            checksum += wonMinorUnits[j];
            for (int i = 0; i < journey.attributableCount(); i++) {
                Touch touch = journey.touch(i);
                checksum += touch.occurredAt().getEpochSecond() + touch.channel().ordinal();
            }
        }
        return checksum;
    }

    private static List<AttributionModel> ruleModels() {
        List<AttributionModel> models = new ArrayList<>(Arrays.asList(RuleModel.values()));
        models.add(3, new TimeDecayModel());
        return List.copyOf(models);
    }
}
