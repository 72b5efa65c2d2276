package dev.leadbridge.intake.application;

import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.problem.ProblemType;

/** The client sent an {@code Idempotency-Key} it already used for a different request. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException(String key) {
        super(ProblemType.uri("idempotency-key-reused"), "Idempotency-Key reused", 422,
                "Idempotency-Key '" + key + "' was already used for a different request.");
    }
}
