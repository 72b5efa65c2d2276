package dev.leadbridge.qualification.domain.scoring;

/** Two models were published at once and the other one took the version this one was to get; try again. */
public class ModelPublishedMeanwhileException extends RuntimeException {

    public ModelPublishedMeanwhileException() {
        super("Another model was published meanwhile; try again");
    }
}
