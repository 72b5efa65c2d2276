package dev.leadbridge.qualification.domain.learning;

import java.util.Locale;

/** What a conversion model predicts: that sales accepts the lead, or that it is won. */
public enum ConversionOutcome {

    /** Accepted by its rep (an SAL) rather than rejected. */
    ACCEPTED,
    /** Closed won rather than lost. */
    WON;

    /** The value on the wire and in the model document. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
