package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.SystemOptions;
import dev.leadbridge.infrastructure.mail.MailServer;
import dev.leadbridge.infrastructure.testing.WebhookReceiver;

/**
 * Where a {@link TellsPeople} system's notifications go: a real SMTP server and a real webhook receiver in the test's
 * JVM, and the webhook signing secret the sla-monitor replicas share.
 */
public record NotificationReceivers(MailServer mail, WebhookReceiver webhooks, String signingSecret)
        implements AutoCloseable {

    static NotificationReceivers start() {
        return new NotificationReceivers(MailServer.start(Ports.freePort()), WebhookReceiver.start(),
                "e2e-webhook-secret");
    }

    /** The options with every sla-monitor instance sending here. */
    SystemOptions configure(SystemOptions options) {
        return options
                .with(LeadBridgeService.SLA_MONITOR, "SMTP_HOST", mail.host())
                .with(LeadBridgeService.SLA_MONITOR, "SMTP_PORT", String.valueOf(mail.port()))
                .with(LeadBridgeService.SLA_MONITOR, "SMTP_START_TLS", "DISABLED")
                .with(LeadBridgeService.SLA_MONITOR, "NOTIFICATIONS_WEBHOOK_SECRET", signingSecret);
    }

    @Override
    public void close() {
        webhooks.close();
        mail.close();
    }
}
