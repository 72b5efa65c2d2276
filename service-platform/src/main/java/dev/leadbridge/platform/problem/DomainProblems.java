package dev.leadbridge.platform.problem;

import java.util.Optional;

/**
 * A service's one place that says which HTTP problem each of its domain exceptions is. The application layer throws
 * domain exceptions (not found, not allowed, illegal transition, stale version), never HTTP statuses; a service
 * provides one bean of this type, and {@link ProblemMappers} asks it before treating a failure as unexpected.
 */
public interface DomainProblems {

    /** The problem for one of the service's own failures, or empty for anything else. */
    Optional<ProblemException> problemFor(Throwable failure);
}
