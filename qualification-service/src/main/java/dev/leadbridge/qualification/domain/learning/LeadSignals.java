package dev.leadbridge.qualification.domain.learning;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the conversion model sees of a lead at one instant (the moment it became an MQL): who it is, where it came from
 * and what it had done by then, as named categories and numbers. Only touchpoints before the instant count, so a model
 * trained on what sales later decided never learns from what happened after the hand-off.
 */
public final class LeadSignals {

    /** The categorical signals every example has. */
    public static final List<String> CATEGORIES = List.of("campaign", "channel", "country", "email", "function",
            "industry", "seniority", "size");

    /** Recency is capped here: a touchpoint half a year old says as little as none. */
    static final double MAX_RECENCY_DAYS = 180;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9 ]");

    private LeadSignals() {
    }

    /**
     * A lead as the model sees it.
     *
     * @param categories one value per categorical signal ({@code seniority} = {@code vp}); {@code unknown} when
     *                   the lead does not say
     * @param numbers    one value per numeric signal
     */
    public record Example(Map<String, String> categories, Map<String, Double> numbers) {

        public Example {
            categories = Map.copyOf(categories);
            numbers = Map.copyOf(numbers);
        }
    }

    /**
     * The lead at {@code at}.
     *
     * @param freeMailDomains e-mail domains anyone can sign up to (the scoring model's list)
     * @param fit             the rule-based fit score at {@code at}
     * @param engagement      the rule-based engagement score at {@code at}
     */
    public static Example of(LeadProfile profile, Channel channel, String campaign, List<EngagementEvent> touchpoints,
                             Set<String> freeMailDomains, double fit, double engagement, Instant at) {
        Objects.requireNonNull(at, "at");
        Map<String, String> categories = new TreeMap<>();
        String title = profile.jobTitle().toLowerCase(Locale.ROOT);
        categories.put("seniority", seniority(title));
        categories.put("function", function(title));
        categories.put("size", sizeBand(profile.companySize()));
        categories.put("industry", orUnknown(profile.industry()));
        categories.put("country", orUnknown(profile.country()));
        categories.put("channel", channel == null ? "unknown" : channel.wire());
        categories.put("campaign", campaign == null || campaign.isBlank() ? "unknown"
                : campaign.trim().toLowerCase(Locale.ROOT));
        categories.put("email", emailKind(profile, freeMailDomains));

        Map<String, Double> numbers = new TreeMap<>();
        Map<TouchpointType, Integer> counts = new EnumMap<>(TouchpointType.class);
        Map<TouchpointType, Instant> latest = new EnumMap<>(TouchpointType.class);
        for (EngagementEvent touchpoint : touchpoints) {
            if (touchpoint.occurredAt().isAfter(at)) {
                continue;
            }
            counts.merge(touchpoint.type(), 1, Integer::sum);
            latest.merge(touchpoint.type(), touchpoint.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        for (TouchpointType type : counted()) {
            // log: the tenth page view says less than the first
            numbers.put("count." + type.wire(), Math.log1p(counts.getOrDefault(type, 0)));
            Instant last = latest.get(type);
            numbers.put("days-since." + type.wire(), last == null ? MAX_RECENCY_DAYS
                    : Math.min(MAX_RECENCY_DAYS, Duration.between(last, at).toMinutes() / 1440.0));
        }
        numbers.put("fit", fit);
        numbers.put("engagement", engagement);
        return new Example(categories, numbers);
    }

    /** The names of every signal an example has: what a model learned elsewhere may weigh, and nothing else. */
    public static Set<String> signals() {
        Set<String> signals = new TreeSet<>(CATEGORIES);
        for (TouchpointType type : counted()) {
            signals.add("count." + type.wire());
            signals.add("days-since." + type.wire());
        }
        signals.add("fit");
        signals.add("engagement");
        return signals;
    }

    /** The touchpoint types counted: all but unsubscribing (consent, not interest) and the catch-all. */
    private static List<TouchpointType> counted() {
        return Arrays.stream(TouchpointType.values())
                .filter(type -> type != TouchpointType.UNSUBSCRIBE && type != TouchpointType.OTHER).toList();
    }

    static String seniority(String title) {
        if (title.isBlank()) {
            return "unknown";
        }
        title = words(title);
        if (containsAny(title, "student", "intern", "trainee", "apprentice")) {
            return "student";
        }
        if (containsAny(title, "chief", "ceo", "cto", "cfo", "cmo", "coo", "cio", "founder", "owner", "president")
                && !title.contains("vice president")) {
            return "c-level";
        }
        if (containsAny(title, "vp", "vice president", "svp", "evp")) {
            return "vp";
        }
        if (containsAny(title, "director", "head of", "head ")) {
            return "director";
        }
        if (containsAny(title, "manager", "lead", "supervisor")) {
            return "manager";
        }
        return "individual";
    }

    static String function(String title) {
        if (title.isBlank()) {
            return "unknown";
        }
        title = words(title);
        if (containsAny(title, "marketing", "cmo", "growth", "brand", "demand")) {
            return "marketing";
        }
        if (containsAny(title, "sales", "revenue", "account", "business development", "cro")) {
            return "sales";
        }
        if (containsAny(title, "engineer", "developer", "it ", "cto", "cio", "technology", "software", "data")) {
            return "technology";
        }
        if (containsAny(title, "finance", "cfo", "controller", "accounting", "procurement", "purchasing")) {
            return "finance";
        }
        if (containsAny(title, "operations", "coo", "logistics", "supply")) {
            return "operations";
        }
        if (containsAny(title, "hr", "human resources", "people", "talent", "recruit")) {
            return "people";
        }
        return "other";
    }

    static String sizeBand(int employees) {
        if (employees <= 0) {
            return "unknown";
        }
        if (employees <= 10) {
            return "1-10";
        }
        if (employees <= 50) {
            return "11-50";
        }
        if (employees <= 200) {
            return "51-200";
        }
        if (employees <= 1000) {
            return "201-1000";
        }
        return employees <= 5000 ? "1001-5000" : "5001+";
    }

    static String emailKind(LeadProfile profile, Set<String> freeMailDomains) {
        String domain = profile.emailDomain();
        if (domain.isEmpty()) {
            return "unknown";
        }
        if (freeMailDomains.contains(domain)) {
            return "free";
        }
        return domain.equals(profile.companyDomain()) ? "company" : "other-business";
    }

    /** The title's words between single spaces, punctuation dropped, so a word is found only as a whole word. */
    private static String words(String title) {
        return " " + NOT_A_WORD.matcher(title).replaceAll(" ") + " ";
    }

    /** {@code padded} is a title as {@link #words(String)} gives it. */
    private static boolean containsAny(String padded, String... words) {
        for (String word : words) {
            if (padded.contains(" " + word.trim() + " ") || (word.contains(" ") && padded.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
