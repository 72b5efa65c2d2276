package dev.leadbridge.sla.domain.policy;

/**
 * Which calendar a policy's business time runs on. Usually the lead's owner's team calendar, so one policy serves
 * teams in several time zones; a policy may name a calendar instead (a 24×5 inside-sales desk).
 */
public sealed interface CalendarChoice permits CalendarChoice.OwnersTeam, CalendarChoice.Named {

    /** The calendar of the team the lead's owner (or queue) belongs to. */
    static CalendarChoice ownersTeam() {
        return new OwnersTeam();
    }

    /** The calendar with this id, whoever owns the lead. */
    static CalendarChoice named(String calendarId) {
        return new Named(calendarId);
    }

    /** The calendar of the team the lead's owner (or queue) belongs to. */
    record OwnersTeam() implements CalendarChoice {
    }

    /** The calendar with this id, whoever owns the lead. */
    record Named(String calendarId) implements CalendarChoice {
    }
}
