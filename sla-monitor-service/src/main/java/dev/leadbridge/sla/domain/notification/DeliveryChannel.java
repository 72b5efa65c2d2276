package dev.leadbridge.sla.domain.notification;

/** How a notification reaches its subscriber. */
public enum DeliveryChannel {
    EMAIL,
    WEBHOOK
}
