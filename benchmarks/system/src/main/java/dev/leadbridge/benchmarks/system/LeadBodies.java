package dev.leadbridge.benchmarks.system;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request bodies: the strong lead of the end-to-end tests (a VP of Marketing at a 500-person German software company,
 * grade A and an MQL on its score alone). Every body has its own e-mail domain, so intake creates a new lead each time
 * instead of merging into a known one, and the baseline receives exactly the same bytes.
 */
final class LeadBodies {

    private static final String STRONG_LEAD = """
            {"email":"ada@%1$s","firstName":"Ada","lastName":"Lovelace","jobTitle":"VP Marketing",\
            "company":"Engines %1$s","companySize":500,"industry":"Software","country":"DE",\
            "consent":{"marketingOptIn":true},"source":{"channel":"paid_search","campaign":"benchmark"}}""";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sequence = new AtomicLong();

    String nextStrongLead() {
        return STRONG_LEAD.formatted("bench-" + run + "-" + sequence.incrementAndGet() + ".example");
    }
}
