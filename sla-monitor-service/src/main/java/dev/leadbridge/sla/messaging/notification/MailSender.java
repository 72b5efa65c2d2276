package dev.leadbridge.sla.messaging.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Sends a notice as a plain-text e-mail through Quarkus Mailer (SMTP server from {@code quarkus.mailer.*}). The
 * delivery id travels in {@code X-LeadBridge-Delivery}, so a mail sent twice after a crash can be recognised.
 */
@ApplicationScoped
public class MailSender {

    public static final String DELIVERY_HEADER = "X-LeadBridge-Delivery";

    private final ReactiveMailer mailer;

    MailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Sends it; the outcome, never a failure. */
    public Uni<SendOutcome> send(UUID deliveryId, String to, String subject, String text, Duration timeout) {
        Mail mail = Mail.withText(to, subject, text).addHeader(DELIVERY_HEADER, deliveryId.toString());
        return mailer.send(mail)
                .ifNoItem().after(timeout).fail()
                .map(sent -> SendOutcome.sent(null))
                .onFailure().recoverWithItem(SendOutcome::failed);
    }
}
