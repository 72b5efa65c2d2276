package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.IdempotencyKeyReusedException;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.domain.OriginNotAllowedException;
import dev.leadbridge.intake.domain.PersonErasedException;
import dev.leadbridge.platform.problem.DomainProblems;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The one place that gives intake's domain and application exceptions their HTTP problem: an unknown form or lead is
 * 404, a post from an origin the form does not accept 403, an {@code Idempotency-Key} reused for another
 * request 422, a statement about an erased person 410.
 */
@ApplicationScoped
public class IntakeDomainProblems implements DomainProblems {

    @Override
    public Optional<ProblemException> problemFor(Throwable failure) {
        if (failure instanceof NotFoundException notFound) {
            return Optional.of(ProblemException.notFound(notFound.getMessage()));
        }
        if (failure instanceof OriginNotAllowedException refused) {
            return Optional.of(ProblemException.forbidden(refused.getMessage()));
        }
        if (failure instanceof PersonErasedException erased) {
            return Optional.of(new ProblemException(ProblemType.uri("person-erased"), "Person erased", 410,
                    erased.getMessage()));
        }
        if (failure instanceof IdempotencyKeyReusedException reused) {
            return Optional.of(new ProblemException(ProblemType.uri("idempotency-key-reused"),
                    "Idempotency-Key reused", 422, reused.getMessage()));
        }
        return Optional.empty();
    }
}
