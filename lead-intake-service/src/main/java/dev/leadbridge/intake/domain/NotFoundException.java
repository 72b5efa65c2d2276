package dev.leadbridge.intake.domain;

/** What the request names (a form, a lead) is not known to intake. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
