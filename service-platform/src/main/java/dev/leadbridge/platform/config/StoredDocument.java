package dev.leadbridge.platform.config;

import java.time.Instant;

/**
 * One published version of a configuration document, as stored.
 *
 * @param documentVersion the stored shape of {@code document}: which reader reads it
 * @param comment         why it was published, if the publisher said
 */
public record StoredDocument(String kind, int version, String document, int documentVersion, String publishedBy,
                             Instant publishedAt, String comment) {
}
