package dev.leadbridge.intake.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Tells company e-mail domains from free-mail ones: only the former identify an account. */
public final class EmailDomains {

    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "hotmail.com",
            "hotmail.co.uk", "hotmail.de", "hotmail.fr", "outlook.com", "outlook.de", "live.com", "msn.com",
            "aol.com", "icloud.com", "me.com", "mac.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de",
            "t-online.de", "freenet.de", "proton.me", "protonmail.com", "pm.me", "mail.com", "yandex.ru",
            "yandex.com", "mail.ru", "qq.com", "163.com", "126.com", "zoho.com", "tutanota.com", "fastmail.com",
            "orange.fr", "free.fr", "laposte.net", "libero.it", "virgilio.it");

    private EmailDomains() {
    }

    /** The part after the last {@code @}, lower-cased. */
    public static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isFreeMail(String email) {
        return FREE_MAIL.contains(domainOf(email));
    }

    /** The domain of a normalised e-mail address, unless it is a free-mail provider's. */
    public static Optional<String> companyDomainOf(String email) {
        String domain = domainOf(email);
        return domain.isEmpty() || FREE_MAIL.contains(domain) ? Optional.empty() : Optional.of(domain);
    }
}
