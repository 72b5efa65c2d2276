package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.Channel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A website form registered with intake, and how its submissions become leads.
 *
 * <p>Fields with the conventional names ({@link #CONVENTIONAL_FIELDS}) map by themselves; {@code fieldMapping}
 * renames a form's own field names to them (e.g. {@code "work_email" → "email"}); every other non-empty field is
 * kept verbatim as a custom field. Spam is recognised by the honeypot field (filled in by bots, hidden from people)
 * and by a fill time below the minimum, read from the hidden {@value #STARTED_AT_FIELD} field (epoch milliseconds,
 * set by the page when the form was shown; without it the fill time is not checked).
 *
 * @param allowedOrigins origins (scheme://host[:port]) whose pages may post this form
 * @param consentText    the consent wording the form shows next to its opt-in box, stored with each lead
 */
public record WebForm(
        String id,
        String name,
        List<String> allowedOrigins,
        Map<String, String> fieldMapping,
        String honeypotField,
        Duration minimumFillTime,
        URI thankYouUrl,
        String consentText) {

    public static final String STARTED_AT_FIELD = "lb_started_at";

    /** The lead fields a form may fill, by their conventional names. */
    public static final Set<String> CONVENTIONAL_FIELDS = Set.of(
            "email", "first_name", "last_name", "company", "job_title", "phone", "country", "company_size",
            "industry", "marketing_opt_in", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
            "utm_id", "campaign", "channel", "landing_page", "referrer", "visitor_id");

    private static final Set<String> TRUE_VALUES = Set.of("on", "true", "1", "yes", "y", "checked");

    public WebForm {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(WebForm::normaliseOrigin).toList();
        fieldMapping = fieldMapping == null ? Map.of() : Map.copyOf(fieldMapping);
        minimumFillTime = minimumFillTime == null ? Duration.ZERO : minimumFillTime;
    }

    /** The problems that make a form definition unusable; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (allowedOrigins.isEmpty()) {
            problems.add("allowedOrigins: at least one origin is needed");
        }
        allowedOrigins.stream().filter(origin -> !origin.matches("https?://[^/?#\\s]+"))
                .forEach(origin -> problems.add("allowedOrigins: '" + origin + "' is not scheme://host[:port]"));
        fieldMapping.forEach((from, to) -> {
            if (!CONVENTIONAL_FIELDS.contains(to)) {
                problems.add("fieldMapping: '" + from + "' maps to unknown field '" + to + "'");
            }
        });
        if (minimumFillTime.isNegative()) {
            problems.add("minimumFillTime: must not be negative");
        }
        if (thankYouUrl != null && !thankYouUrl.isAbsolute()) {
            problems.add("thankYouUrl: must be an absolute URL");
        }
        return problems;
    }

    /**
     * Whether a post whose {@code Origin} header (or, failing that, {@code Referer}) is this may submit the form.
     * A post naming neither is refused: browsers send an Origin with every cross-site form post.
     */
    public boolean allowsPostFrom(String origin, String referer) {
        Optional<String> claimed = origin != null && !origin.isBlank() && !"null".equals(origin)
                ? Optional.of(normaliseOrigin(origin)) : originOf(referer);
        return claimed.filter(allowedOrigins::contains).isPresent();
    }

    /** A submission is spam, or a lead. */
    public sealed interface Interpretation permits Spam, Lead {
    }

    public record Spam(String reason) implements Interpretation {
    }

    public record Lead(LeadSubmission submission) implements Interpretation {
    }

    /**
     * Reads a submission's fields.
     *
     * @param fields  first value of every field, as posted
     * @param referer the page the form was posted from, the landing page unless the form says otherwise
     * @throws InvalidLeadException when it is not spam but not a usable lead either (e.g. no e-mail address)
     */
    public Interpretation interpret(Map<String, String> fields, String referer, Instant receivedAt) {
        if (honeypotField != null && !blank(fields.get(honeypotField))) {
            return new Spam("honeypot");
        }
        if (filledTooFast(fields.get(STARTED_AT_FIELD), receivedAt)) {
            return new Spam("fill_time");
        }
        Map<String, String> lead = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (blank(value) || name.equals(honeypotField) || name.equals(STARTED_AT_FIELD)) {
                return;
            }
            String canonical = fieldMapping.getOrDefault(name, name);
            (CONVENTIONAL_FIELDS.contains(canonical) ? lead : custom).put(canonical, value);
        });
        return new Lead(toSubmission(lead, custom, referer, receivedAt));
    }

    /** Consent ticked on the form was given with the form's wording, when the server received the post. */
    private LeadSubmission toSubmission(Map<String, String> lead, Map<String, String> custom, String referer,
                                        Instant receivedAt) {
        boolean optIn = TRUE_VALUES.contains(lead.getOrDefault("marketing_opt_in", "").trim().toLowerCase(Locale.ROOT));
        return new LeadSubmission(
                lead.get("email"), lead.get("first_name"), lead.get("last_name"), lead.get("phone"),
                lead.get("job_title"), lead.get("company"), null, companySize(lead.get("company_size")),
                lead.get("industry"), lead.get("country"),
                optIn, optIn ? consentText : null, optIn ? receivedAt : null,
                channel(lead.get("channel")), lead.get("campaign"),
                new LeadSubmission.Utm(lead.get("utm_source"), lead.get("utm_medium"), lead.get("utm_campaign"),
                        lead.get("utm_term"), lead.get("utm_content"), lead.get("utm_id")),
                lead.getOrDefault("landing_page", referer), lead.get("referrer"), lead.get("visitor_id"), custom);
    }

    private boolean filledTooFast(String startedAt, Instant receivedAt) {
        if (minimumFillTime.isZero() || blank(startedAt)) {
            return false;
        }
        try {
            Instant started = Instant.ofEpochMilli(Long.parseLong(startedAt.trim()));
            return Duration.between(started, receivedAt).compareTo(minimumFillTime) < 0;
        } catch (NumberFormatException tampered) {
            return true;
        }
    }

    private static Integer companySize(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size < 1) {
                throw new InvalidLeadException("company_size", "must be a positive number of employees");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new InvalidLeadException("company_size", "must be a number of employees");
        }
    }

    private static Channel channel(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Channel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidLeadException("channel", "unknown channel '" + value + "'");
        }
    }

    private static Optional<String> originOf(String url) {
        if (blank(url)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(normaliseOrigin(uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort())));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static String normaliseOrigin(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
