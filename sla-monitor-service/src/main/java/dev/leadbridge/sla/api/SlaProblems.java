package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.DomainProblems;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.problem.ProblemType;
import dev.leadbridge.sla.domain.clock.ClockNotFoundException;
import dev.leadbridge.sla.domain.clock.ClockStateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The one place that gives the SLA monitor's domain exceptions their HTTP problem: a lead without a clock is 404, a
 * pause or resume the clock's state does not allow is 409 with a type of its own (clock-already-paused,
 * clock-not-paused, clock-not-running), so clients can tell them apart.
 */
@ApplicationScoped
public class SlaProblems implements DomainProblems {

    @Override
    public Optional<ProblemException> problemFor(Throwable failure) {
        if (failure instanceof ClockNotFoundException notFound) {
            return Optional.of(ProblemException.notFound(notFound.getMessage()));
        }
        if (failure instanceof ClockStateException state) {
            return Optional.of(switch (state.conflict()) {
                case ALREADY_PAUSED -> conflict("clock-already-paused", "Clock paused already", state);
                case NOT_PAUSED -> conflict("clock-not-paused", "Clock not paused", state);
                case NOT_RUNNING -> conflict("clock-not-running", "Clock not running", state);
            });
        }
        return Optional.empty();
    }

    private static ProblemException conflict(String slug, String title, ClockStateException state) {
        return new ProblemException(ProblemType.uri(slug), title, 409, state.getMessage());
    }
}
