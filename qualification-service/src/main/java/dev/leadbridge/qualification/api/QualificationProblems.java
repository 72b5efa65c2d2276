package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.DomainProblems;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.problem.ProblemType;
import dev.leadbridge.qualification.application.PersonalDataKeysUnavailableException;
import dev.leadbridge.qualification.domain.learning.NotEnoughOutcomesException;
import dev.leadbridge.qualification.domain.lifecycle.ActionNotAllowedException;
import dev.leadbridge.qualification.domain.lifecycle.IllegalTransitionException;
import dev.leadbridge.qualification.domain.lifecycle.InvalidLeadActionException;
import dev.leadbridge.qualification.domain.lifecycle.LeadNotFoundException;
import dev.leadbridge.qualification.domain.lifecycle.StaleLeadException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The one place that gives qualification's domain exceptions their HTTP status: an unknown lead is 404, a person who
 * may not act is 403 (checked before anything about the lead is revealed), a move the lifecycle does not allow is
 * 409, a lead that moved on is 412 when the caller named the version it read (If-Match) and 409 when it lost a race,
 * and an action naming something that does not exist is a 400 naming the field.
 */
@ApplicationScoped
public class QualificationProblems implements DomainProblems {

    @Override
    public Optional<ProblemException> problemFor(Throwable failure) {
        if (failure instanceof LeadNotFoundException notFound) {
            return Optional.of(ProblemException.notFound(notFound.getMessage()));
        }
        if (failure instanceof ActionNotAllowedException notAllowed) {
            return Optional.of(ProblemException.forbidden(notAllowed.getMessage()));
        }
        if (failure instanceof IllegalTransitionException illegal) {
            return Optional.of(ProblemException.conflict(illegal.getMessage()));
        }
        if (failure instanceof StaleLeadException stale) {
            return Optional.of(stale.preconditionNamed()
                    ? ProblemException.preconditionFailed(stale.getMessage())
                    : ProblemException.conflict(stale.getMessage()));
        }
        if (failure instanceof InvalidLeadActionException invalid) {
            return Optional.of(ProblemException.validation(List.of(
                    new Problem.FieldError(invalid.field(), invalid.getMessage()))));
        }
        if (failure instanceof NotEnoughOutcomesException tooFew) {
            return Optional.of(ProblemException.conflict(tooFew.getMessage()));
        }
        if (failure instanceof PersonalDataKeysUnavailableException unavailable) {
            return Optional.of(new ProblemException(ProblemType.UNAVAILABLE,
                    "Intake, which seals what reps write about a person, cannot be reached; try again shortly."));
        }
        return Optional.empty();
    }
}
