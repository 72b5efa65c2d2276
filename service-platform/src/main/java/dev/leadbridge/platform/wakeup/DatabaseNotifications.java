package dev.leadbridge.platform.wakeup;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * PostgreSQL {@code LISTEN} for the whole service over one connection. A trigger's {@code pg_notify} is delivered
 * when its transaction commits, so a listener learns of new work the moment it becomes visible, on every replica.
 * Notifications can be lost while the connection reconnects: whoever listens keeps a slower poll as well.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final Logger LOG = Logger.getLogger(DatabaseNotifications.class);

    private final PgSubscriber subscriber;
    private final AtomicBoolean connecting = new AtomicBoolean();

    DatabaseNotifications(Vertx vertx,
                          @ConfigProperty(name = "quarkus.datasource.reactive.url") String databaseUrl,
                          @ConfigProperty(name = "quarkus.datasource.username") String databaseUser,
                          @ConfigProperty(name = "quarkus.datasource.password") String databasePassword) {
        this.subscriber = PgSubscriber.subscriber(vertx,
                PgConnectOptions.fromUri(databaseUrl).setUser(databaseUser).setPassword(databasePassword));
        subscriber.reconnectPolicy(attempt -> 1_000L);
    }

    /** Runs {@code onNotify} on every notification on {@code channel}; connects on the first call. */
    public void listen(String channel, Runnable onNotify) {
        subscriber.channel(channel).handler(payload -> onNotify.run());
        if (connecting.compareAndSet(false, true)) {
            subscriber.connect().subscribe().with(
                    connected -> LOG.debugf("Listening for database notifications"),
                    failure -> LOG.warnf("Cannot listen for database notifications, polling only: %s",
                            failure.getMessage()));
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        subscriber.closeAndForget();
    }
}
