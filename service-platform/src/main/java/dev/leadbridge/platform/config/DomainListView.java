package dev.leadbridge.platform.config;

import java.time.Instant;
import java.util.List;

/** A version of a managed domain list as the APIs show it; version 0 is the empty list before the first publish. */
public record DomainListView(int version, List<String> domains, String publishedBy, Instant publishedAt) {

    public static DomainListView of(DomainLists.Version version) {
        return new DomainListView(version.version(), version.list().domains(), version.publishedBy(),
                version.publishedAt());
    }

    /** A list to publish as a whole: each entry a domain that also covers its subdomains (rival.com, eu.rival.com). */
    public record Request(List<String> domains) {
    }
}
