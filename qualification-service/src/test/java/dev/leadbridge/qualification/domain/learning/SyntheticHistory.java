package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Leads whose acceptance by sales is drawn from a known truth, seeded, for proving that the conversion model learns
 * what sales values. The truth, in log-odds added to a base of −0.5:
 * <ul>
 * <li>seniority: c-level +1.6, VP +1.2, director +0.7, manager +0.2, individual contributor −0.4, student −4 (sales
 * accepts practically no students); each seniority comes as a marketing and a sales title, whose function has no
 * effect;</li>
 * <li>industry: software +0.8, finance +0.4, manufacturing 0, retail −0.4, education −1.0;</li>
 * <li>company size: 1–10 −0.8, 11–50 −0.3, 51–200 0, 201–1000 +0.4, over 1000 +0.6;</li>
 * <li>e-mail: free mail −1.0, the company's own domain +0.3;</li>
 * <li>a demo request before the MQL moment +1.5; each pricing-page view +0.3 (at most three count); page views,
 * country and the rule-based scores nothing.</li>
 * </ul>
 * So a VP in software at a 500-person company with a company address and no demo request is accepted with
 * probability σ(−0.5 + 1.2 + 0.8 + 0.4 + 0.3) = 0.87, a student practically never.
 */
public final class SyntheticHistory {

    static final Set<String> FREE_MAIL = Set.of("gmail.com", "outlook.com");
    static final Map<String, Double> SENIORITY = Map.ofEntries(Map.entry("Chief Marketing Officer", 1.6),
            Map.entry("Chief Revenue Officer", 1.6), Map.entry("VP Marketing", 1.2), Map.entry("VP Sales", 1.2),
            Map.entry("Director of Marketing", 0.7), Map.entry("Director of Sales", 0.7),
            Map.entry("Marketing Manager", 0.2), Map.entry("Sales Manager", 0.2),
            Map.entry("Marketing Specialist", -0.4), Map.entry("Sales Representative", -0.4),
            Map.entry("Marketing Student", -4.0), Map.entry("Sales Intern", -4.0));
    static final Map<String, Double> INDUSTRY = Map.of("Software", 0.8, "Finance", 0.4, "Manufacturing", 0.0,
            "Retail", -0.4, "Education", -1.0);
    private static final String[] TITLES = SENIORITY.keySet().stream().sorted().toArray(String[]::new);
    private static final String[] INDUSTRIES = INDUSTRY.keySet().stream().sorted().toArray(String[]::new);
    private static final int[] SIZES = {5, 30, 120, 500, 3000};
    private static final String[] COUNTRIES = {"GB", "DE", "FR", "US"};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SyntheticHistory() {
    }

    /** A generated lead at its MQL moment, its true acceptance probability and the outcome drawn from it. */
    public record Lead(LeadProfile profile, Channel channel, List<EngagementEvent> touchpoints, Instant mqlAt,
                double trueProbability, int accepted) {

        public LeadSignals.Example signals(double fitNoise, double engagementNoise) {
            return LeadSignals.of(profile, channel, null, touchpoints, FREE_MAIL, fitNoise, engagementNoise, mqlAt);
        }
    }

    public static List<Lead> generate(int leads, long seed) {
        Random random = new Random(seed);
        List<Lead> generated = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            String title = TITLES[random.nextInt(TITLES.length)];
            String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            int size = SIZES[random.nextInt(SIZES.length)];
            String company = "company" + i + ".example";
            int mail = random.nextInt(3);
            String emailDomain = mail == 0 ? "gmail.com" : mail == 1 ? company : "agency.example";
            LeadProfile profile = new LeadProfile(emailDomain, company, title, size, industry,
                    COUNTRIES[random.nextInt(COUNTRIES.length)], Set.of());
            Instant mqlAt = START.plus(Duration.ofMinutes(random.nextInt(500_000)));
            List<EngagementEvent> touchpoints = new ArrayList<>();
            boolean demo = random.nextInt(4) == 0;
            if (demo) {
                touchpoints.add(touchpoint(TouchpointType.DEMO_REQUEST, mqlAt.minus(Duration.ofHours(2))));
            }
            int pricingViews = random.nextInt(5);
            for (int v = 0; v < pricingViews; v++) {
                touchpoints.add(touchpoint(TouchpointType.PRICING_PAGE_VIEW, mqlAt.minus(Duration.ofDays(v + 1))));
            }
            for (int v = random.nextInt(8); v > 0; v--) {
                touchpoints.add(touchpoint(TouchpointType.PAGE_VIEW, mqlAt.minus(Duration.ofHours(v * 7L))));
            }
            // after the MQL moment: must not count
            touchpoints.add(touchpoint(TouchpointType.DEMO_REQUEST, mqlAt.plus(Duration.ofDays(1))));
            double logit = -0.5 + SENIORITY.get(title) + INDUSTRY.get(industry) + sizeEffect(size)
                    + (mail == 0 ? -1.0 : mail == 1 ? 0.3 : 0) + (demo ? 1.5 : 0) + 0.3 * Math.min(3, pricingViews);
            double probability = 1 / (1 + Math.exp(-logit));
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            generated.add(new Lead(profile, channel, touchpoints, mqlAt, probability,
                    random.nextDouble() < probability ? 1 : 0));
        }
        return generated;
    }

    private static double sizeEffect(int size) {
        return size <= 10 ? -0.8 : size <= 50 ? -0.3 : size <= 200 ? 0 : size <= 1000 ? 0.4 : 0.6;
    }

    private static EngagementEvent touchpoint(TouchpointType type, Instant at) {
        return new EngagementEvent(UUID.randomUUID(), type, at);
    }
}
