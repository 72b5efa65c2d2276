package dev.leadbridge.events.payload;

/**
 * The person behind a lead. Only the email is required: it is what de-duplication and sales follow-up rely on.
 */
public record Person(String email, String firstName, String lastName, String phone, String jobTitle) {

    public Person {
        Checks.requiredText(email, "person.email");
    }
}
