package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.TouchpointType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Leads, touchpoints and models for scoring tests: hand-made ones and seeded random ones. */
final class ScoringFixtures {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private static final AtomicLong IDS = new AtomicLong();
    private static final String[] DOMAINS = {"acme.io", "gmail.com", "rival.com", "example.com", "uni.edu",
            "big-corp.de", "", "yahoo.co.uk", "startup.ai"};
    private static final String[] TITLES = {"", "VP of Marketing", "Chief Executive Officer", "Director, Sales Ops",
            "Head of Growth", "Marketing Manager", "Student", "Software Engineer", "Open to work", "asdf",
            "IT Director", "Founder & CEO", "Demand Generation Lead", "Revenue Operations Analyst"};
    private static final String[] INDUSTRIES = {"", "Software", "SaaS", "Banking", "Retail", "consulting"};
    private static final String[] COUNTRIES = {"", "DE", "US", "GB", "ES", "BR", "JP", "IN"};

    private ScoringFixtures() {
    }

    static LeadProfile lead(String emailDomain, String jobTitle, int companySize, String industry, String country,
            NegativeSignal... flags) {
        return new LeadProfile(emailDomain, emailDomain, jobTitle, companySize, industry, country,
                flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags)));
    }

    /** A senior marketer at a mid-sized German software company writing from work: fit 85, grade A. */
    static LeadProfile idealLead() {
        return lead("acme.io", "VP of Marketing", 350, "Software", "DE");
    }

    static EngagementEvent touch(TouchpointType type, Duration ago) {
        return new EngagementEvent(nextId(), type, NOW.minus(ago));
    }

    static UUID nextId() {
        return new UUID(0x0123_4567_89ab_cdefL, IDS.incrementAndGet());
    }

    static LeadProfile randomLead(SplittableRandom random) {
        String domain = pick(random, DOMAINS);
        Set<NegativeSignal> flags = EnumSet.noneOf(NegativeSignal.class);
        for (NegativeSignal signal : NegativeSignal.values()) {
            if (random.nextInt(10) == 0) {
                flags.add(signal);
            }
        }
        return new LeadProfile(domain, random.nextBoolean() ? domain : pick(random, DOMAINS), pick(random, TITLES),
                random.nextInt(4) == 0 ? 0 : random.nextInt(1, 20_000), pick(random, INDUSTRIES),
                pick(random, COUNTRIES), flags);
    }

    /** Up to 60 touchpoints within the year before {@code at}, some after it, some delivered twice. */
    static List<EngagementEvent> randomTouchpoints(SplittableRandom random, Instant at) {
        List<EngagementEvent> events = new ArrayList<>();
        int count = random.nextInt(0, 61);
        for (int i = 0; i < count; i++) {
            TouchpointType type = TouchpointType.values()[random.nextInt(TouchpointType.values().length)];
            Instant occurredAt = at.minusMillis(random.nextLong(-Duration.ofDays(2).toMillis(),
                    Duration.ofDays(365).toMillis()));
            EngagementEvent event = new EngagementEvent(nextId(), type, occurredAt);
            events.add(event);
            if (random.nextInt(10) == 0) {
                events.add(event);
            }
        }
        return events;
    }

    /** The default model with random engagement points, half-lives and caps, to stress decay and rounding. */
    static ScoringModel randomEngagementModel(SplittableRandom random) {
        ScoringModel base = ScoringModel.defaultModel();
        List<EngagementRule> rules = new ArrayList<>();
        for (TouchpointType type : TouchpointType.values()) {
            if (random.nextInt(6) != 0) {
                rules.add(new EngagementRule("random-" + type.wire(), type, random.nextInt(1, 1001),
                        Duration.ofMinutes(random.nextLong(60, 60L * 24 * 120)), random.nextInt(1, 30)));
            }
        }
        return new ScoringModel(2, base.fit(), rules, base.negative(), base.grades(), base.mql());
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
