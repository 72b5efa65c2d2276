package dev.leadbridge.platform.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells failures caused by the database being away (refused or dropped connections, a server shutting down or
 * starting up) from bugs: the former deserve an honest 503 with Retry-After, never a fake success or a 500.
 */
final class Unavailability {

    static final String RETRY_AFTER_SECONDS = "5";

    private Unavailability() {
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P0x: the server is shutting down or starting up
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
            if (cause.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable")
                    && String.valueOf(cause.getMessage()).contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
