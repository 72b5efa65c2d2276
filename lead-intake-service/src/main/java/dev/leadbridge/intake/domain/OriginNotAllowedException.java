package dev.leadbridge.intake.domain;

/** A form post from an origin the form does not accept: someone else's page posting to it. */
public class OriginNotAllowedException extends RuntimeException {

    public OriginNotAllowedException(String detail) {
        super(detail);
    }
}
