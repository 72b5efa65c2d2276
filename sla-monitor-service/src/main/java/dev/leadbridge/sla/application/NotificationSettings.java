package dev.leadbridge.sla.application;

import dev.leadbridge.sla.domain.notification.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** How notifications are sent ({@code leadbridge.notifications.*} in application.properties). */
@ConfigMapping(prefix = "leadbridge.notifications")
public interface NotificationSettings {

    /** The lead page's address with {@code {leadId}} in it; without one, notices carry no link. */
    Optional<String> leadLink();

    /** Deliveries one sender run claims at most. */
    @WithDefault("50")
    int batchSize();

    /** How often senders look for due deliveries besides being woken by the database (retries fall due this way). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long one send may take before it counts as failed. */
    @WithDefault("PT15S")
    Duration sendTimeout();

    /** How long a claimed delivery is held by its sender: a sender that died lets it fall due again after this. */
    @WithDefault("PT1M")
    Duration lease();

    /** How long delivered and given-up deliveries stay in the log. */
    @WithDefault("P30D")
    Duration retention();

    Retry retry();

    Webhook webhook();

    /** Failed deliveries: tried again after {@code firstDelay}, each wait {@code factor} times longer. */
    interface Retry {

        @WithDefault("PT10S")
        Duration firstDelay();

        @WithDefault("3")
        double factor();

        @WithDefault("PT15M")
        Duration maxDelay();

        /** Attempts before a delivery is given up (dead-lettered). */
        @WithDefault("6")
        int maxAttempts();

        default RetrySchedule schedule() {
            return new RetrySchedule(firstDelay(), factor(), maxDelay(), maxAttempts());
        }
    }

    interface Webhook {

        /** The HMAC-SHA256 key webhooks are signed with; no webhook can be subscribed without one. */
        Optional<String> signingSecret();
    }

    /** The lead page's address for this lead, if one is configured. */
    default String leadLinkOf(UUID leadId) {
        return leadLink().map(template -> template.replace("{leadId}", leadId.toString())).orElse(null);
    }
}
