package dev.leadbridge.platform.problem;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a request whose text PostgreSQL cannot store (a NUL character, which no PostgreSQL text may hold, or bytes
 * that are not UTF-8) from bugs. Bean validation cannot see a NUL inside an otherwise fine string, so the database is
 * the last to refuse it; that refusal is the client's problem, a 400, and the transaction has stored nothing.
 */
final class UnstorableText {

    /** SQLSTATE 22021 character_not_in_repertoire (invalid byte sequence, NUL); 22P05 untranslatable_character. */
    private static final Set<String> STATES = Set.of("22021", "22P05");

    private UnstorableText() {
    }

    static boolean isUnstorableText(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof PgException pg && STATES.contains(pg.getSqlState())) {
                return true;
            }
            if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
