package dev.leadbridge.platform.config;

import java.time.Instant;

/** One published version of a configuration document, as stored. */
public record StoredDocument(String kind, int version, String document, String publishedBy, Instant publishedAt) {
}
