package dev.leadbridge.qualification.domain.lifecycle;

/**
 * The lead is no longer at the version the caller decided on: either the caller named the version it read and the
 * lead moved on since ({@link #preconditionNamed()}), or somebody else changed it while this action ran.
 */
public class StaleLeadException extends RuntimeException {

    private final boolean preconditionNamed;

    private StaleLeadException(String message, boolean preconditionNamed) {
        super(message);
        this.preconditionNamed = preconditionNamed;
    }

    /** The caller's If-Match names versions the lead is no longer at. */
    public static StaleLeadException versionMoved(long current) {
        return new StaleLeadException("The lead is at version " + current + ", not the one If-Match names; read it "
                + "again and decide anew", true);
    }

    /** Another change of the lead committed while this one ran. */
    public static StaleLeadException changedMeanwhile() {
        return new StaleLeadException("The lead changed meanwhile; read it and try again", false);
    }

    /** Whether the caller stated a version (If-Match), as opposed to losing a race it could not see. */
    public boolean preconditionNamed() {
        return preconditionNamed;
    }
}
