package dev.leadbridge.sla.domain.notification;

import java.util.Objects;

/**
 * What a subscriber reads: a subject and a plain text saying what happened, to which lead, and where to open it.
 *
 * @param link where the lead's page is, absent when no screen address is configured
 */
public record Notice(String subject, String text, String link) {

    /** Subjects longer than this are cut: mail clients show about this much anyway. */
    public static final int MAX_SUBJECT = 200;

    public Notice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** The notice of an occurrence; {@code leadLink} is the lead page's address, or null. */
    public static Notice of(Occurrence occurrence, String leadLink) {
        String subject = "[LeadBridge] " + occurrence.summary();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        StringBuilder text = new StringBuilder(occurrence.summary()).append(".\n\n")
                .append("Lead: ").append(occurrence.leadId()).append('\n');
        if (occurrence.ownerId() != null) {
            text.append("Owner: ").append(occurrence.ownerId()).append('\n');
        }
        if (occurrence.teamId() != null) {
            text.append("Team: ").append(occurrence.teamId()).append('\n');
        }
        text.append("When: ").append(Occurrences.utc(occurrence.at())).append('\n');
        if (leadLink != null) {
            text.append("\nOpen it: ").append(leadLink).append('\n');
        }
        return new Notice(subject, text.toString(), leadLink);
    }
}
