package dev.leadbridge.sla.messaging.notification;

import dev.leadbridge.sla.domain.notification.WebhookSignature;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Posts a notice's JSON to a webhook, signed ({@link WebhookSignature}) with the send time, and names the delivery in
 * {@code X-LeadBridge-Delivery} so a receiver can drop a resend. Any 2xx answer is a delivery; anything else, a
 * redirect included (a webhook that moved is reconfigured, not followed), is a failed attempt.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY_HEADER = "X-LeadBridge-Delivery";
    public static final String EVENT_HEADER = "X-LeadBridge-Event";

    private final WebClient client;
    private final Clock clock;

    WebhookSender(Vertx vertx, Clock clock) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout(5_000)
                .setUserAgent("LeadBridge-Notifications/1"));
        this.clock = clock;
    }

    /** Posts it; the outcome, never a failure. */
    public Uni<SendOutcome> send(UUID deliveryId, String trigger, String url, String body, byte[] secret,
                                 Duration timeout) {
        String signature = WebhookSignature.sign(secret, clock.instant().getEpochSecond(), body);
        return client.postAbs(url)
                .timeout(timeout.toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader(WebhookSignature.HEADER, signature)
                .putHeader(DELIVERY_HEADER, deliveryId.toString())
                .putHeader(EVENT_HEADER, trigger)
                .sendBuffer(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)))
                .map(response -> response.statusCode() / 100 == 2
                        ? SendOutcome.sent(response.statusCode())
                        : SendOutcome.failed(response.statusCode(), "the receiver answered " + response.statusCode()))
                .onFailure().recoverWithItem(SendOutcome::failed);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
