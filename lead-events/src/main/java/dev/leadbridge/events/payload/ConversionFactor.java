package dev.leadbridge.events.payload;

/**
 * One signal's push on a prediction: positive raises the probability, negative lowers it.
 *
 * @param feature      the signal and, for a category, its value ({@code seniority=vp}, {@code count.page_view})
 * @param contribution the change in log-odds against the average judged lead
 */
public record ConversionFactor(String feature, double contribution) {

    public ConversionFactor {
        Checks.requiredText(feature, "feature");
    }
}
