package dev.leadbridge.sla.application;

import java.time.Instant;
import java.util.UUID;

/**
 * What a webhook posts. {@code text} is what Slack's and Microsoft Teams' incoming webhooks show, so a subscription can
 * point straight at a channel; the other fields let a program act on it. {@code deliveryId} is the same in every
 * attempt (and in the {@code X-LeadBridge-Delivery} header): a receiver drops a resend it has seen.
 *
 * @param type  the trigger, e.g. {@code sla.breached}
 * @param link  the lead's page, absent when no screen address is configured
 */
public record WebhookBody(String text, String type, UUID deliveryId, UUID eventId, UUID leadId, String ownerId,
                          String teamId, Instant occurredAt, String link) {
}
