package dev.leadbridge.sla.application;

import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.domain.notification.Audience;
import dev.leadbridge.sla.domain.notification.DeliveryChannel;
import dev.leadbridge.sla.domain.notification.NotificationTrigger;
import dev.leadbridge.sla.domain.notification.Subscription;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A subscription as the API and the stored document carry it: exactly one of {@code email} and {@code webhookUrl}.
 *
 * @param id         names it in the delivery log: lower-case letters, digits, {@code -}, {@code _}, {@code .}
 * @param audience   {@code rep:<id>} (the leads the rep owns), {@code team:<id>} (the team's leads) or
 *                   {@code role:<role>} (every lead)
 * @param triggers   some of {@code lead.assigned}, {@code sla.warning}, {@code sla.breached}, {@code sla.escalated}
 * @param email      the address mail goes to
 * @param webhookUrl where a signed JSON is posted ({@code http} or {@code https})
 */
public record SubscriptionDefinition(String id, String audience, List<String> triggers, String email,
                                     String webhookUrl) {

    static final int MAX_URL = 2000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** An address an SMTP server takes: one {@code @}, a dotted domain, no spaces; RFC 5321's length limit. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> ROLES = Set.of(Roles.REP, Roles.MANAGER, Roles.ADMIN, Roles.OPS, Roles.MARKETING);

    /** Every problem with it, each starting with {@code path}; adds nothing when it is usable. */
    void validate(String path, boolean webhooksSignable, List<String> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(path + ".id is required: 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or "
                    + "digit");
        }
        audience(path, problems);
        if (triggers == null || triggers.isEmpty()) {
            problems.add(path + ".triggers names at least one of " + wireTriggers());
        } else {
            for (String trigger : triggers) {
                if (NotificationTrigger.fromWire(trigger).isEmpty()) {
                    problems.add(path + ".triggers names '" + trigger + "', none of " + wireTriggers());
                }
            }
        }
        if ((email == null) == (webhookUrl == null)) {
            problems.add(path + " names exactly one of email and webhookUrl");
        } else if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(path + ".email '" + email + "' is no e-mail address");
        } else if (webhookUrl != null) {
            validateUrl(path, webhooksSignable, problems);
        }
    }

    /** The domain subscription of a valid definition. */
    Subscription toDomain() {
        Set<NotificationTrigger> chosen = EnumSet.noneOf(NotificationTrigger.class);
        triggers.forEach(trigger -> chosen.add(NotificationTrigger.fromWire(trigger).orElseThrow()));
        return email != null
                ? new Subscription(id, Audience.parse(audience), chosen, DeliveryChannel.EMAIL, email)
                : new Subscription(id, Audience.parse(audience), chosen, DeliveryChannel.WEBHOOK, webhookUrl);
    }

    private void audience(String path, List<String> problems) {
        Optional<Audience> parsed;
        try {
            parsed = Optional.of(Audience.parse(audience));
        } catch (IllegalArgumentException e) {
            problems.add(path + ".audience is wrong: " + e.getMessage());
            return;
        }
        if (parsed.get() instanceof Audience.Role role && !ROLES.contains(role.role())) {
            problems.add(path + ".audience names '" + role.role() + "', none of the roles " + ROLES.stream().sorted()
                    .toList());
        }
    }

    private void validateUrl(String path, boolean webhooksSignable, List<String> problems) {
        try {
            URI uri = new URI(webhookUrl);
            if (webhookUrl.length() > MAX_URL || !uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getUserInfo() != null) {
                problems.add(path + ".webhookUrl '" + webhookUrl + "' is no http(s) URL with a host (and no "
                        + "credentials in it), at most " + MAX_URL + " characters");
            } else if (!webhooksSignable) {
                problems.add(path + ".webhookUrl cannot be used yet: webhooks are signed, and this service has no "
                        + "signing secret (NOTIFICATIONS_WEBHOOK_SECRET); set one first");
            }
        } catch (URISyntaxException e) {
            problems.add(path + ".webhookUrl '" + webhookUrl + "' is no URL: " + e.getReason());
        }
    }

    private static List<String> wireTriggers() {
        return java.util.Arrays.stream(NotificationTrigger.values()).map(NotificationTrigger::wire).toList();
    }
}
