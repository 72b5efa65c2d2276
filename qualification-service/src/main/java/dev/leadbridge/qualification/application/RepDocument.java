package dev.leadbridge.qualification.application;

import dev.leadbridge.qualification.domain.routing.Rep;
import dev.leadbridge.qualification.domain.routing.TimeOff;
import dev.leadbridge.qualification.domain.routing.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rep of the roster as managers write and read it, and as their hours and time off are stored (document version
 * {@link #VERSION}): a shape of its own, so renaming a field of the domain's {@link Rep} never changes the API.
 */
public record RepDocument(String id, String teamId, boolean active, int weight, int capacity, Hours hours,
                          List<Absence> timeOff) {

    /** The version of this shape in storage; a reader for every older version stays when it changes. */
    public static final int VERSION = 1;

    /** Working hours in the rep's own time zone. */
    public record Hours(ZoneId zone, List<Shift> shifts) {
    }

    /** One working period of a weekday; an end of 00:00 is midnight at the end of the day. */
    public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** Time off, from start inclusive to end exclusive. */
    public record Absence(Instant start, Instant end) {
    }

    public static RepDocument of(Rep rep) {
        return new RepDocument(rep.id(), rep.teamId(), rep.active(), rep.weight(), rep.capacity(),
                hoursOf(rep.hours()), absencesOf(rep.timeOff()));
    }

    static Hours hoursOf(WorkingHours hours) {
        return hours == null ? null : new Hours(hours.zone(), hours.shifts() == null ? null : hours.shifts().stream()
                .map(shift -> shift == null ? null : new Shift(shift.day(), shift.start(), shift.end()))
                .collect(Collectors.toList()));
    }

    static List<Absence> absencesOf(List<TimeOff> timeOff) {
        return timeOff == null ? null : timeOff.stream()
                .map(off -> off == null ? null : new Absence(off.start(), off.end())).collect(Collectors.toList());
    }

    /** The domain's rep; validate it before use. Null elements stay null, so validation can name them. */
    public Rep toDomain() {
        return new Rep(id, teamId, active, weight, capacity, workingHours(hours), timeOffOf(timeOff));
    }

    static WorkingHours workingHours(Hours hours) {
        return hours == null ? null : new WorkingHours(hours.zone(), hours.shifts() == null ? null
                : hours.shifts().stream().map(shift -> shift == null ? null
                        : new WorkingHours.Shift(shift.day(), shift.start(), shift.end()))
                .collect(Collectors.toList()));
    }

    static List<TimeOff> timeOffOf(List<Absence> absences) {
        return absences == null ? null : absences.stream()
                .map(absence -> absence == null ? null : new TimeOff(absence.start(), absence.end()))
                .collect(Collectors.toList());
    }
}
