package dev.leadbridge.sla.domain.time;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a team works: weekly business hours in an IANA time zone, less holidays. SLA clocks in business time only run
 * while their calendar is open, so a lead that arrives on Friday evening is not overdue on Monday morning.
 * <p>
 * A calendar is valid once constructed; otherwise the constructor throws an {@link InvalidDocumentException} listing
 * every problem (a missing id or zone, a window that ends before it starts, overlapping windows on one day, a week
 * without any business hours, a holiday that closes nothing). Days missing from {@code weeklyHours} are closed.
 *
 * @param weeklyHours the opening windows of each day of the week, kept sorted by start
 */
public record BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, List<TimeWindow>> weeklyHours,
                               List<Holiday> holidays) {

    /** Open every instant of every day: the calendar of wall-time policies. */
    public static final BusinessCalendar ALWAYS_OPEN = new BusinessCalendar("24x7", ZoneOffset.UTC,
            allDays(List.of(TimeWindow.WHOLE_DAY)), List.of());

    public BusinessCalendar {
        weeklyHours = weeklyHours == null ? Map.of() : weeklyHours;
        holidays = Lenient.list(holidays);
        InvalidDocumentException.throwIfAny("calendar " + id, problems(id, zone, weeklyHours, holidays));
        weeklyHours = sorted(weeklyHours);
    }

    /** The same windows on each of the seven days. */
    public static Map<DayOfWeek, List<TimeWindow>> allDays(List<TimeWindow> windows) {
        return days(windows, DayOfWeek.values());
    }

    /** The same windows on the given days, the other days closed: {@code days(hours, MONDAY, ..., FRIDAY)}. */
    public static Map<DayOfWeek, List<TimeWindow>> days(List<TimeWindow> windows, DayOfWeek... days) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            week.put(day, windows);
        }
        return week;
    }

    /** The opening windows of a day of the week, sorted by start; empty for a closed day. */
    public List<TimeWindow> hoursOn(DayOfWeek day) {
        return weeklyHours.getOrDefault(day, List.of());
    }

    private static List<String> problems(String id, ZoneId zone, Map<DayOfWeek, List<TimeWindow>> weeklyHours,
                                         List<Holiday> holidays) {
        Problems problems = new Problems();
        problems.requireText(id, "id");
        problems.require(zone, "zone");
        weeklyHours.forEach((day, windows) -> validateDay(problems, "weeklyHours." + day, Lenient.list(windows)));
        problems.check(weeklyHours.values().stream().map(Lenient::list).flatMap(List::stream)
                        .anyMatch(BusinessCalendar::proper),
                "weeklyHours has no business hours; a calendar must be open some time each week");
        problems.each(holidays, "holidays", (holiday, path) -> holiday.validate(problems, path));
        return problems.list();
    }

    private static void validateDay(Problems problems, String path, List<TimeWindow> windows) {
        problems.each(windows, path, (window, windowPath) -> window.validate(problems, windowPath));
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                TimeWindow first = windows.get(i);
                TimeWindow second = windows.get(j);
                problems.check(!proper(first) || !proper(second) || !first.overlaps(second),
                        "%s[%d] (%s) overlaps %s[%d] (%s)", path, j, second, path, i, first);
            }
        }
    }

    private static boolean proper(TimeWindow window) {
        return window != null && window.isProper();
    }

    private static Map<DayOfWeek, List<TimeWindow>> sorted(Map<DayOfWeek, List<TimeWindow>> weeklyHours) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, windows) -> week.put(day,
                Lenient.list(windows).stream().sorted(Comparator.comparingLong(TimeWindow::startNanos)).toList()));
        return Collections.unmodifiableMap(week);
    }
}
