package dev.leadbridge.benchmarks.kernels.scoring;

import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic pool of leads to score, each with {@value #TOUCHPOINTS_PER_LEAD} touchpoints from the last 90 days.
 * The pool is larger than one lead so the benchmark sees a realistic spread of titles, domains and touchpoint mixes
 * (which rules fire, how many engagement lines survive their caps) instead of one lead the branch predictor learns.
 * <p>
 * Profiles are drawn from small lists chosen so every kind of rule fires somewhere: senior and junior titles,
 * corporate, free-mail, academic, competitor and disposable addresses, sizes in every band, known and unknown
 * industries and countries. Touchpoint types follow a plausible mix, page views and e-mail opens first.
 */
public final class ScoredLeads {

    public static final int TOUCHPOINTS_PER_LEAD = 20;
    /** When every lead is scored: after all its touchpoints, so all of them count and decay. */
    public static final Instant SCORED_AT = Instant.parse("2026-11-01T09:00:00Z");

    private static final Duration HISTORY = Duration.ofDays(90);
    private static final String[] TITLES = {
        "VP Marketing", "Head of Demand Generation", "Chief Revenue Officer", "Senior Sales Manager",
        "Marketing Operations Specialist", "Director, Sales Operations", "Account Executive", "Student",
        "Software Engineer", "Founder & CEO", "IT Manager", "Customer Success Lead", "Procurement Analyst",
        "Growth Marketing Intern", "Open to work - B2B marketing", "Principal Product Manager", "", "asdf"};
    private static final String[] EMAIL_DOMAINS = {
        "acme-industries.com", "globex.io", "initech.com", "umbrella.de", "hooli.co.uk", "stark.example.org",
        "gmail.com", "outlook.com", "mit.edu", "rivalcrm.com", "mailinator.com", "guerrillamail.com"};
    private static final int[] COMPANY_SIZES = {0, 5, 30, 120, 450, 2_500, 12_000};
    private static final String[] INDUSTRIES = {
        "Software", "SaaS", "Banking", "Consulting", "Manufacturing", "Healthcare", "Retail", "Education", ""};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "SE", "AU", "JP", "BR", "IN", ""};
    /** Touchpoint types with their relative frequency, page views first as on any marketing site. */
    private static final TouchpointType[] TYPE_MIX = mix(Map.ofEntries(
            Map.entry(TouchpointType.PAGE_VIEW, 40), Map.entry(TouchpointType.EMAIL_OPEN, 20),
            Map.entry(TouchpointType.EMAIL_CLICK, 10), Map.entry(TouchpointType.AD_CLICK, 5),
            Map.entry(TouchpointType.CONTENT_DOWNLOAD, 5), Map.entry(TouchpointType.PRICING_PAGE_VIEW, 5),
            Map.entry(TouchpointType.FORM_SUBMISSION, 4), Map.entry(TouchpointType.WEBINAR_REGISTERED, 3),
            Map.entry(TouchpointType.WEBINAR_ATTENDED, 3), Map.entry(TouchpointType.EVENT_VISIT, 2),
            Map.entry(TouchpointType.OTHER, 2), Map.entry(TouchpointType.DEMO_REQUEST, 1)));

    private final LeadProfile[] profiles;
    private final List<List<EngagementEvent>> touchpoints;

    private ScoredLeads(LeadProfile[] profiles, List<List<EngagementEvent>> touchpoints) {
        this.profiles = profiles;
        this.touchpoints = touchpoints;
    }

    /** {@code count} leads drawn from {@code seed}: the same seed gives the same leads, touchpoint ids included. */
    public static ScoredLeads generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LeadProfile[] profiles = new LeadProfile[count];
        List<List<EngagementEvent>> touchpoints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles[i] = profile(random);
            touchpoints.add(touchpoints(random));
        }
        return new ScoredLeads(profiles, touchpoints);
    }

    public int size() {
        return profiles.length;
    }

    public LeadProfile profile(int index) {
        return profiles[index];
    }

    public List<EngagementEvent> touchpoints(int index) {
        return touchpoints.get(index);
    }

    private static LeadProfile profile(SplittableRandom random) {
        return new LeadProfile(pick(random, EMAIL_DOMAINS), pick(random, EMAIL_DOMAINS), pick(random, TITLES),
                COMPANY_SIZES[random.nextInt(COMPANY_SIZES.length)], pick(random, INDUSTRIES), pick(random, COUNTRIES),
                Set.of());
    }

    private static List<EngagementEvent> touchpoints(SplittableRandom random) {
        List<EngagementEvent> events = new ArrayList<>(TOUCHPOINTS_PER_LEAD);
        for (int i = 0; i < TOUCHPOINTS_PER_LEAD; i++) {
            Instant occurredAt = SCORED_AT.minusSeconds(random.nextLong(HISTORY.toSeconds()));
            events.add(new EngagementEvent(new UUID(random.nextLong(), random.nextLong()),
                    TYPE_MIX[random.nextInt(TYPE_MIX.length)], occurredAt));
        }
        return List.copyOf(events);
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * Each type repeated by its weight, in enum order: {@code Map.ofEntries} iterates in an order that changes
     * between JVM runs, which would make the same seed draw different touchpoints.
     */
    private static TouchpointType[] mix(Map<TouchpointType, Integer> weights) {
        List<TouchpointType> expanded = new ArrayList<>();
        new EnumMap<>(weights).forEach((type, weight) -> expanded.addAll(Collections.nCopies(weight, type)));
        return expanded.toArray(TouchpointType[]::new);
    }
}
