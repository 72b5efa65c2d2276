package dev.leadbridge.intake.domain;

import com.ibm.icu.text.IDNA;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for the e-mail address of a lead: an address a mail system will deliver to, as a web form accepts it.
 *
 * <p>The base is the WHATWG "valid e-mail address" of HTML forms (what {@code <input type=email>} accepts), made
 * stricter where that definition lets through addresses no mail system delivers to, and extended to internationalised
 * domain names:
 * <ul>
 *   <li>surrounding white space and line breaks are dropped (a copied address often carries them); the rest must
 *       be the address alone;</li>
 *   <li>the local part is a dot-atom of ASCII letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, 1–64 characters, no
 *       leading, trailing or doubled dot: no quoted strings, comments or non-ASCII local parts (RFC 6531), which
 *       HTML forms refuse as well;</li>
 *   <li>the domain has at least two labels. An ASCII label is letters, digits and inner hyphens (no {@code _}), at
 *       most 63 characters. A label with other characters must be a valid IDNA U-label and one starting with
 *       {@code xn--} a valid A-label: UTS #46 processing (non-transitional, STD3 rules, BiDi and context checks)
 *       must report no error and must not change it, so full-width letters, spaces of any kind and symbols such as
 *       {@code ©} are refused rather than silently mapped;</li>
 *   <li>the top-level domain is letters only, at least two of them (no {@code z@co.c}, {@code a@b.123}, or
 *       {@code co-uk}): every delegated top-level domain is;</li>
 *   <li>the whole address, its domain in A-labels, is at most 254 characters (RFC 5321's path limit less the angle
 *       brackets); the domain at most 253.</li>
 * </ul>
 *
 * <p>The normalised form is lower case, Unicode NFC, its domain in U-labels: the same mailbox typed in capitals,
 * decomposed, or with an A-label domain is one address, so one lead.
 */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String FIELD = "email";

    private static final Pattern DOT_ATOM = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern ASCII_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern ASCII_LETTERS = Pattern.compile("[a-z]{2,}");

    private static final IDNA IDNA_2008 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ
            | IDNA.CHECK_CONTEXTO);

    private EmailAddresses() {
    }

    /**
     * The address in its normalised form.
     *
     * @throws InvalidLeadException naming the field {@code email} and what is wrong, for anything the rule refuses
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("a lead needs an e-mail address");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            throw invalid("an e-mail address has at most " + MAX_LENGTH + " characters");
        }
        String address = Normalizer.normalize(raw.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            throw invalid("must be one e-mail address, name@domain");
        }
        String localPart = localPart(address.substring(0, at));
        String domain = domain(address.substring(at + 1));
        String normalised = localPart + "@" + domain;
        if (normalised.length() > MAX_LENGTH || localPart.length() + 1 + toAscii(domain).length() > MAX_LENGTH) {
            throw invalid("an e-mail address has at most " + MAX_LENGTH + " characters");
        }
        return normalised;
    }

    /** Whether {@link #normalise(String)} accepts the address. */
    public static boolean isValid(String raw) {
        try {
            normalise(raw);
            return true;
        } catch (InvalidLeadException e) {
            return false;
        }
    }

    private static String localPart(String localPart) {
        if (localPart.isEmpty() || localPart.length() > MAX_LOCAL_PART) {
            throw invalid("the part before @ has 1 to " + MAX_LOCAL_PART + " characters");
        }
        if (!DOT_ATOM.matcher(localPart).matches()) {
            throw invalid("the part before @ may hold only letters a-z, digits, inner single dots and "
                    + "!#$%&'*+/=?^_`{|}~-");
        }
        return localPart;
    }

    /** The domain in U-labels, once every label is known to be a host name label. */
    private static String domain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw invalid("the domain needs a top-level domain, as in name@example.com");
        }
        StringBuilder unicode = new StringBuilder(domain.length());
        for (String label : labels) {
            unicode.append(unicode.isEmpty() ? "" : ".").append(label(label));
        }
        String topLevel = labels[labels.length - 1];
        if (!ASCII_LETTERS.matcher(topLevel).matches() && !isIdnLettersOnly(topLevel)) {
            throw invalid("the top-level domain is letters only, at least two");
        }
        return unicode.toString();
    }

    private static String label(String label) {
        if (label.isEmpty()) {
            throw invalid("the domain has an empty label (a leading, trailing or doubled dot)");
        }
        boolean ascii = label.chars().allMatch(c -> c < 0x80);
        if (ascii && !label.startsWith("xn--")) {
            if (label.length() > MAX_LABEL || !ASCII_LABEL.matcher(label).matches()) {
                throw invalid("each part of the domain has 1 to 63 letters, digits or inner hyphens");
            }
            return label;
        }
        return ascii ? uLabelOf(label) : validULabel(label);
    }

    /** A non-ASCII label must be a U-label as it stands: IDNA processing may not map any of its characters. */
    private static String validULabel(String label) {
        if (!label.codePoints().allMatch(EmailAddresses::isIdnaLetterDigit)) {
            throw invalid("the domain holds a character that is no letter or digit ('" + label + "')");
        }
        String aLabel = process(label, true);
        if (!process(aLabel, false).equals(label)) {
            throw invalid("the domain holds characters a domain name cannot ('" + label + "')");
        }
        return label;
    }

    /** An {@code xn--} label must decode to a valid U-label and encode back to itself. */
    private static String uLabelOf(String aLabel) {
        String uLabel = process(aLabel, false);
        if (!process(uLabel, true).equals(aLabel)) {
            throw invalid("the domain has an invalid xn-- label ('" + aLabel + "')");
        }
        return uLabel;
    }

    private static String process(String label, boolean toAscii) {
        StringBuilder result = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        if (toAscii) {
            IDNA_2008.labelToASCII(label, result, info);
        } else {
            IDNA_2008.labelToUnicode(label, result, info);
        }
        if (info.hasErrors() || result.length() > (toAscii ? MAX_LABEL : Integer.MAX_VALUE)) {
            throw invalid("the domain has a label that is no valid internationalised domain name ('" + label + "')");
        }
        return result.toString();
    }

    private static String toAscii(String domain) {
        StringBuilder result = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        IDNA_2008.nameToASCII(domain, result, info);
        if (info.hasErrors()) {
            throw invalid("the domain is no valid domain name");
        }
        return result.toString();
    }

    /**
     * RFC 5892's LetterDigits less upper case (the address is lower-cased first), plus the hyphen: symbols,
     * punctuation, spaces and format characters never belong in a U-label.
     */
    private static boolean isIdnaLetterDigit(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.LOWERCASE_LETTER, Character.OTHER_LETTER, Character.MODIFIER_LETTER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> codePoint == '-';
        };
    }

    /** An internationalised top-level domain: two or more letters (with their combining marks), not all ASCII. */
    private static boolean isIdnLettersOnly(String topLevel) {
        String uLabel = topLevel.startsWith("xn--") ? uLabelOf(topLevel) : topLevel;
        return uLabel.codePointCount(0, uLabel.length()) >= 2
                && uLabel.codePoints().allMatch(EmailAddresses::isLetterOrMark)
                && uLabel.codePoints().anyMatch(c -> c >= 0x80);
    }

    private static boolean isLetterOrMark(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static InvalidLeadException invalid(String reason) {
        return new InvalidLeadException(FIELD, reason);
    }
}
