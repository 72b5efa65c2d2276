package dev.leadbridge.intake.domain;

import java.util.Optional;
import java.util.Set;

/** Tells company e-mail domains from free-mail ones: only the former identify an account. */
public final class EmailDomains {

    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com",
            "aol.com", "icloud.com", "me.com", "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com",
            "mail.com", "yandex.ru", "qq.com", "163.com");

    private EmailDomains() {
    }

    /** The domain of a normalised e-mail address, unless it is a free-mail provider's. */
    public static Optional<String> companyDomainOf(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1);
        return FREE_MAIL.contains(domain) ? Optional.empty() : Optional.of(domain);
    }
}
