package dev.leadbridge.events.payload;

/**
 * The company a lead works for, as far as it is known; fit scoring and account-match routing use it.
 *
 * @param domain web domain, e.g. {@code example.com}, the key for matching accounts
 * @param size   number of employees
 */
public record Company(String name, String domain, Integer size, String industry) {

    public Company {
        Checks.requiredText(name, "company.name");
        if (size != null && size < 1) {
            throw new IllegalArgumentException("company.size must be positive, was " + size);
        }
    }
}
