package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.security.ManagedTeams;
import dev.leadbridge.qualification.domain.lifecycle.Actor;
import io.quarkus.security.identity.SecurityIdentity;

/** The person behind a request, from their token: subject, roles, and the teams a manager leads. */
final class Actors {

    private Actors() {
    }

    static Actor of(SecurityIdentity identity) {
        return Actor.of(identity.getPrincipal().getName(), identity.getRoles(), ManagedTeams.of(identity));
    }
}
