package dev.leadbridge.sla.domain.notification;

import java.util.Objects;

/**
 * Whom a subscription speaks for: one rep (the leads they own), one team (the leads routed to it) or everyone holding
 * a role (every lead: a head of sales, ops on call). Written {@code rep:<id>}, {@code team:<id>}, {@code role:<role>}.
 */
public sealed interface Audience {

    /** Whether this audience has to hear about the occurrence. */
    boolean includes(Occurrence occurrence);

    /** How subscriptions write it. */
    String wire();

    /** Reads {@code rep:<id>}, {@code team:<id>} or {@code role:<role>}. */
    static Audience parse(String wire) {
        int colon = wire == null ? -1 : wire.indexOf(':');
        if (colon <= 0 || colon == wire.length() - 1) {
            throw new IllegalArgumentException("an audience is rep:<id>, team:<id> or role:<role>, not " + wire);
        }
        String id = wire.substring(colon + 1);
        return switch (wire.substring(0, colon)) {
            case "rep" -> new Rep(id);
            case "team" -> new Team(id);
            case "role" -> new Role(id);
            default -> throw new IllegalArgumentException(
                    "an audience is rep:<id>, team:<id> or role:<role>, not " + wire);
        };
    }

    record Rep(String repId) implements Audience {

        public Rep {
            Objects.requireNonNull(repId, "repId");
        }

        @Override
        public boolean includes(Occurrence occurrence) {
            return repId.equals(occurrence.ownerId());
        }

        @Override
        public String wire() {
            return "rep:" + repId;
        }
    }

    record Team(String teamId) implements Audience {

        public Team {
            Objects.requireNonNull(teamId, "teamId");
        }

        @Override
        public boolean includes(Occurrence occurrence) {
            return teamId.equals(occurrence.teamId());
        }

        @Override
        public String wire() {
            return "team:" + teamId;
        }
    }

    record Role(String role) implements Audience {

        public Role {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public boolean includes(Occurrence occurrence) {
            return true;
        }

        @Override
        public String wire() {
            return "role:" + role;
        }
    }
}
