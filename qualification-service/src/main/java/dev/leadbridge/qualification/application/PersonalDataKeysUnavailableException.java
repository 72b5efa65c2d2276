package dev.leadbridge.qualification.application;

/** Intake, which holds the leads' personal-data keys, could not be asked; worth trying again shortly. */
public class PersonalDataKeysUnavailableException extends RuntimeException {

    public PersonalDataKeysUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
