package dev.leadbridge.sla.domain.time;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.time.LocalDate;
import java.util.List;

/**
 * A date on which a calendar is closed, for the whole day or for part of it (Christmas Eve afternoon). Closed windows
 * are in the calendar's local time and win over its weekly hours; several holidays on one date close the union of
 * their windows.
 *
 * @param name   what the day is, for people reading the calendar; may be empty
 * @param closed the local times the calendar is closed on {@code date}
 */
public record Holiday(LocalDate date, String name, List<TimeWindow> closed) {

    public Holiday {
        closed = Lenient.list(closed);
    }

    /** A day closed from midnight to midnight. */
    public static Holiday wholeDay(LocalDate date, String name) {
        return new Holiday(date, name, List.of(TimeWindow.WHOLE_DAY));
    }

    /** A day closed only in the given windows, open as usual otherwise. */
    public static Holiday partial(LocalDate date, String name, TimeWindow... closed) {
        return new Holiday(date, name, List.of(closed));
    }

    void validate(Problems problems, String path) {
        problems.require(date, path + ".date");
        problems.check(!closed.isEmpty(), "%s.closed is empty; a holiday closes at least one window", path);
        problems.each(closed, path + ".closed", (window, windowPath) -> window.validate(problems, windowPath));
    }
}
