package dev.leadbridge.sla.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The occurrences people are told about, each with the one line that says what to do. The line names the lead by the
 * start of its id and the times in UTC: this service holds no contact data, and the reader's time zone is not known.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /** A lead given to a rep, or queued for a team that had nobody free (no owner). */
    public static Occurrence assigned(UUID eventId, UUID leadId, String ownerId, String teamId, String grade,
                                      Instant at) {
        String summary = ownerId != null
                ? "New lead " + shortId(leadId) + gradeOf(grade) + " for " + ownerId + ": accept or reject it"
                : "Lead " + shortId(leadId) + gradeOf(grade) + " waits in the queue of team " + teamId
                        + ": nobody was free to take it";
        return new Occurrence(eventId, NotificationTrigger.LEAD_ASSIGNED, leadId, ownerId, teamId, at, summary);
    }

    /** The first response is due soon. */
    public static Occurrence warning(UUID eventId, UUID leadId, String ownerId, String teamId, Instant dueAt,
                                     Instant at) {
        String summary = "Lead " + shortId(leadId) + " of " + ownerId + " is due " + inTime(at, dueAt)
                + " (" + utc(dueAt) + "): accept or reject it";
        return new Occurrence(eventId, NotificationTrigger.SLA_WARNING, leadId, ownerId, teamId, at, summary);
    }

    /** The first response is late. */
    public static Occurrence breached(UUID eventId, UUID leadId, String ownerId, String teamId, Instant dueAt,
                                      Duration lateness, Instant at) {
        String summary = "SLA breached: lead " + shortId(leadId) + " of " + ownerId + " was due " + utc(dueAt)
                + " and is " + readable(lateness) + " late";
        return new Occurrence(eventId, NotificationTrigger.SLA_BREACHED, leadId, ownerId, teamId, at, summary);
    }

    /** A late lead reached an escalation step ({@code action} as the policy names it: notify_manager, reassign). */
    public static Occurrence escalated(UUID eventId, UUID leadId, String ownerId, String teamId, int step,
                                       String action, Instant at) {
        String summary = "SLA escalation " + step + " (" + action + "): lead " + shortId(leadId) + " of " + ownerId
                + (teamId == null ? "" : " in team " + teamId) + " is still not accepted";
        return new Occurrence(eventId, NotificationTrigger.SLA_ESCALATED, leadId, ownerId, teamId, at, summary);
    }

    /** The first eight characters of the lead's id: enough to find it, short enough for a subject line. */
    static String shortId(UUID leadId) {
        return leadId.toString().substring(0, 8);
    }

    private static String gradeOf(String grade) {
        return grade == null ? "" : " (grade " + grade + ")";
    }

    private static String inTime(Instant now, Instant dueAt) {
        Duration left = Duration.between(now, dueAt);
        return left.isNegative() || left.isZero() ? "now" : "in " + readable(left);
    }

    /** "2026-12-05 14:30 UTC". */
    static String utc(Instant at) {
        String iso = at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    /** "45 min", "2 h 5 min", "3 d 4 h": rounded down to the minute, which is what people plan by. */
    static String readable(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
