package dev.leadbridge.qualification.domain.learning;

/** A conversion model was asked for with too few judged leads of one kind or both to learn from. */
public class NotEnoughOutcomesException extends RuntimeException {

    public NotEnoughOutcomesException(ConversionOutcome outcome, ConversionTraining.NotEnoughOutcomes counts) {
        super("Too few judged leads to learn " + outcome.wire() + " from: " + counts.positives() + " "
                + outcome.wire() + " and " + counts.negatives() + " not; each needs at least " + counts.needed()
                + ". Until then leads are scored by the rules alone.");
    }
}
