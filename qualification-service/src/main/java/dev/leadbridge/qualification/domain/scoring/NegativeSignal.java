package dev.leadbridge.qualification.domain.scoring;

/**
 * Something about a lead that makes sales less likely, or unable, to work it. Rules detect a signal from the lead's
 * data; intake or a person may also have flagged it already ({@link LeadProfile#flags()}).
 */
public enum NegativeSignal {

    /** Works for a competitor: fishing for information, not buying. */
    COMPETITOR,
    STUDENT,
    JOB_SEEKER,
    /** Withdrew marketing consent. */
    UNSUBSCRIBED,
    /** Test entries, placeholder or disposable addresses: nobody to call. */
    BAD_DATA
}
