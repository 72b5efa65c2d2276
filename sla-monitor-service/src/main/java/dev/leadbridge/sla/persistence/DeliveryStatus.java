package dev.leadbridge.sla.persistence;

/** Where a notification delivery stands: waiting to be sent (or tried again), delivered, or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
