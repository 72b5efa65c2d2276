package dev.leadbridge.intake.domain;

/** The lead's person was erased: nothing about them can be stated or changed any more. */
public class PersonErasedException extends RuntimeException {

    public PersonErasedException(String detail) {
        super(detail);
    }
}
