package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.sla.domain.notification.Subscription;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Who is told about what: the notification subscriptions, a configuration with its history (kind {@value #KIND}),
 * validated as a whole before it is published. Version 1, seeded by the migrations, subscribes nobody.
 */
@ApplicationScoped
public class NotificationSubscriptions {

    public static final String KIND = "notification-subscriptions";
    public static final String WHAT = "the notification subscriptions";

    private final ConfigDocuments documents;
    private final NotificationSettings settings;

    NotificationSubscriptions(ConfigDocuments documents, NotificationSettings settings) {
        this.documents = documents;
        this.settings = settings;
    }

    @WithSession
    public Uni<Versioned<SubscriptionSetDefinition>> subscriptions() {
        return inForce();
    }

    /**
     * Publishes the set as the next version; the set in force sent again publishes nothing. Events consumed from then
     * on are told to it; deliveries decided earlier are sent as they were decided.
     *
     * @throws InvalidDocumentException listing every problem; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<SubscriptionSetDefinition>> replace(SubscriptionSetDefinition definition,
                                                             ConfigChange change) {
        return publish(definition, change).map(stored -> new Versioned<>(definition, stored.version()));
    }

    /** An earlier version published again as the next one, if it is still valid (a webhook needs the secret). */
    @WithTransaction
    public Uni<StoredDocument> restore(StoredDocument earlier, ConfigChange change) {
        return publish(EventJson.read(earlier.document(), SubscriptionSetDefinition.class), change);
    }

    /** Whether the service can sign webhooks, so a webhook may be subscribed. */
    public boolean webhooksSignable() {
        return settings.webhook().signingSecret().filter(secret -> !secret.isBlank()).isPresent();
    }

    /** The subscriptions in force and their version, as domain objects; call inside a session. */
    Uni<Versioned<List<Subscription>>> inForceForDelivery() {
        return inForce().map(set -> new Versioned<>(set.value().toDomain(), set.version()));
    }

    private Uni<StoredDocument> publish(SubscriptionSetDefinition definition, ConfigChange change) {
        InvalidDocumentException.throwIfAny("subscriptions", definition.validate(webhooksSignable()));
        return documents.publish(KIND, EventJson.write(definition), 1, WHAT, change);
    }

    private Uni<Versioned<SubscriptionSetDefinition>> inForce() {
        return documents.latest(KIND).map(Optional::orElseThrow)
                .map(stored -> new Versioned<>(EventJson.read(stored.document(), SubscriptionSetDefinition.class),
                        stored.version()));
    }
}
