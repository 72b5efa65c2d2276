package dev.leadbridge.intake.domain;

import dev.leadbridge.events.payload.Channel;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the marketing channel of a lead or touchpoint that did not state one, the way web analytics tools do:
 * first from {@code utm_medium}, then from the referrer's host, else {@code direct}.
 *
 * <table>
 *   <caption>utm_medium → channel</caption>
 *   <tr><td>cpc, ppc, paid, paidsearch, paid_search, sem</td><td>paid_search</td></tr>
 *   <tr><td>organic, seo</td><td>organic_search</td></tr>
 *   <tr><td>social, paid_social, paidsocial, social-media, sm</td><td>social</td></tr>
 *   <tr><td>email, e-mail, newsletter</td><td>email</td></tr>
 *   <tr><td>referral</td><td>referral</td></tr>
 *   <tr><td>event, events, tradeshow, webinar</td><td>event</td></tr>
 *   <tr><td>partner, affiliate</td><td>partner</td></tr>
 *   <tr><td>anything else</td><td>other</td></tr>
 * </table>
 * Without {@code utm_medium}: a search engine's referrer → organic_search, a social network's → social, any other
 * referrer → referral, none → direct.
 */
public final class ChannelClassifier {

    private static final Map<String, Channel> BY_MEDIUM = Map.ofEntries(
            Map.entry("cpc", Channel.PAID_SEARCH), Map.entry("ppc", Channel.PAID_SEARCH),
            Map.entry("paid", Channel.PAID_SEARCH), Map.entry("paidsearch", Channel.PAID_SEARCH),
            Map.entry("paid_search", Channel.PAID_SEARCH), Map.entry("sem", Channel.PAID_SEARCH),
            Map.entry("organic", Channel.ORGANIC_SEARCH), Map.entry("seo", Channel.ORGANIC_SEARCH),
            Map.entry("social", Channel.SOCIAL), Map.entry("paid_social", Channel.SOCIAL),
            Map.entry("paidsocial", Channel.SOCIAL), Map.entry("social-media", Channel.SOCIAL),
            Map.entry("sm", Channel.SOCIAL),
            Map.entry("email", Channel.EMAIL), Map.entry("e-mail", Channel.EMAIL),
            Map.entry("newsletter", Channel.EMAIL),
            Map.entry("referral", Channel.REFERRAL),
            Map.entry("event", Channel.EVENT), Map.entry("events", Channel.EVENT),
            Map.entry("tradeshow", Channel.EVENT), Map.entry("webinar", Channel.EVENT),
            Map.entry("partner", Channel.PARTNER), Map.entry("affiliate", Channel.PARTNER));

    private static final Set<String> SEARCH_ENGINES = Set.of(
            "google", "bing", "duckduckgo", "yahoo", "baidu", "yandex", "ecosia", "qwant", "startpage");
    private static final Set<String> SOCIAL_NETWORKS = Set.of(
            "facebook", "linkedin", "lnkd", "twitter", "x", "t", "instagram", "youtube", "reddit", "xing",
            "tiktok", "pinterest", "threads", "bsky", "mastodon");

    private ChannelClassifier() {
    }

    public static Channel classify(String utmMedium, String referrer) {
        if (utmMedium != null && !utmMedium.isBlank()) {
            return BY_MEDIUM.getOrDefault(utmMedium.trim().toLowerCase(Locale.ROOT), Channel.OTHER);
        }
        return hostOf(referrer).map(ChannelClassifier::byReferrerHost).orElse(Channel.DIRECT);
    }

    private static Channel byReferrerHost(String host) {
        String[] labels = host.split("\\.");
        for (String label : labels) {
            if (SEARCH_ENGINES.contains(label)) {
                return Channel.ORGANIC_SEARCH;
            }
        }
        // the registrable name sits just before the public suffix: linkedin.com, t.co, x.com
        String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        return SOCIAL_NETWORKS.contains(name) ? Channel.SOCIAL : Channel.REFERRAL;
    }

    private static Optional<String> hostOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null || host.isBlank() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }
}
