package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.MqlReason;
import java.util.Objects;

/**
 * Whether a scored lead is marketing-qualified, and why or why not in words a marketer understands.
 */
public sealed interface MqlDecision {

    String explanation();

    default boolean qualified() {
        return this instanceof Qualified;
    }

    /** The lead is an MQL; {@code reason} goes on the {@code lead.mql} event. */
    record Qualified(MqlReason reason, String explanation) implements MqlDecision {

        public Qualified {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** The lead stays in nurture. */
    record NotQualified(String explanation) implements MqlDecision {

        public NotQualified {
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
