package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * A rep's weekly working hours in the rep's own time zone, so a lead is not handed to someone asleep while the SLA
 * clock runs. Daylight-saving changes follow from the zone.
 */
public record WorkingHours(ZoneId zone, List<Shift> shifts) {

    /**
     * One working period of a weekday, from {@code start} inclusive to {@code end} exclusive; an {@code end} of
     * 00:00 means midnight at the end of the day. A shift never crosses midnight: split a night shift in two.
     */
    public record Shift(DayOfWeek day, LocalTime start, LocalTime end) {

        boolean contains(DayOfWeek weekday, LocalTime time) {
            return weekday == day && !time.isBefore(start) && (endsAtMidnight() || time.isBefore(end));
        }

        private boolean endsAtMidnight() {
            return end.equals(LocalTime.MIDNIGHT);
        }

        void validate(String path, Problems problems) {
            boolean complete = problems.require(day, path + ".day");
            complete &= problems.require(start, path + ".start");
            complete &= problems.require(end, path + ".end");
            if (complete) {
                problems.check(endsAtMidnight() || start.isBefore(end),
                        "%s must start before it ends (%s to %s); split shifts that cross midnight", path, start, end);
            }
        }
    }

    public WorkingHours {
        shifts = Lenient.list(shifts);
    }

    /** The same hours, {@code start} to {@code end}, Monday to Friday. */
    public static WorkingHours weekdays(ZoneId zone, LocalTime start, LocalTime end) {
        return new WorkingHours(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new Shift(day, start, end)).toList());
    }

    /** Around the clock, every day: for reps (or bots) that take leads at any hour. */
    public static WorkingHours always(ZoneId zone) {
        return new WorkingHours(zone, EnumSet.allOf(DayOfWeek.class).stream()
                .map(day -> new Shift(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList());
    }

    boolean isWorkingAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return shifts.stream().anyMatch(shift -> shift.contains(local.getDayOfWeek(), local.toLocalTime()));
    }

    void validate(String path, Problems problems) {
        problems.require(zone, path + ".zone");
        problems.each(shifts, path + ".shifts", (shift, shiftPath) -> shift.validate(shiftPath, problems));
    }
}
