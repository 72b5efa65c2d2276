package dev.leadbridge.platform.config;

/**
 * A configuration and the version of it in force: 0 for a configuration never published (built in), or as it was
 * before its history was kept.
 */
public record Versioned<T>(T value, int version) {
}
