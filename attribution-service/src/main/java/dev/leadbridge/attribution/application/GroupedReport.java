package dev.leadbridge.attribution.application;

import java.util.Map;

/** A report over a whole cohort and the same report per group (channel, campaign, score band), groups in order. */
public record GroupedReport<R>(R overall, Map<String, R> groups) {
}
