package dev.leadbridge.sla.application;

import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.Holiday;
import dev.leadbridge.sla.domain.time.TimeWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A business calendar as the admin API and the stored document carry it.
 *
 * @param zone        an IANA time zone, e.g. {@code Europe/Berlin}
 * @param weeklyHours opening windows per day of the week ({@code monday} ... {@code sunday}); missing days are closed
 * @param holidays    dates closed for the whole day (no {@code closed} windows) or for the windows listed
 */
public record CalendarDefinition(String zone, Map<String, List<Window>> weeklyHours, List<HolidayDefinition> holidays) {

    /** Local times {@code HH:mm}, start inclusive, end exclusive; an end of {@code 24:00} is midnight. */
    public record Window(String start, String end) {
    }

    /** A closed date; {@code closed} empty or absent closes the whole day. */
    public record HolidayDefinition(LocalDate date, String name, List<Window> closed) {
    }

    /**
     * The domain calendar.
     *
     * @throws InvalidDocumentException listing every problem, each starting with the offending field
     */
    public BusinessCalendar toDomain(String id) {
        List<String> problems = new ArrayList<>();
        ZoneId zoneId = null;
        if (zone != null && !zone.isBlank()) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add("zone '" + zone + "' is no IANA time zone");
                zoneId = ZoneId.of("UTC");
            }
        }
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        if (weeklyHours != null) {
            weeklyHours.forEach((day, windows) -> {
                try {
                    hours.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                            windows(windows, "weeklyHours." + day, problems));
                } catch (IllegalArgumentException e) {
                    problems.add("weeklyHours." + day + " is no day of the week (monday ... sunday)");
                }
            });
        }
        List<Holiday> days = new ArrayList<>();
        List<HolidayDefinition> all = holidays == null ? List.of() : holidays;
        for (int i = 0; i < all.size(); i++) {
            HolidayDefinition holiday = all.get(i);
            if (holiday == null) {
                problems.add("holidays[" + i + "] is required");
            } else if (holiday.closed() == null || holiday.closed().isEmpty()) {
                days.add(new Holiday(holiday.date(), holiday.name(), List.of(TimeWindow.WHOLE_DAY)));
            } else {
                days.add(new Holiday(holiday.date(), holiday.name(),
                        windows(holiday.closed(), "holidays[" + i + "].closed", problems)));
            }
        }
        List<String> domainProblems = List.of();
        BusinessCalendar calendar = null;
        try {
            calendar = new BusinessCalendar(id, zoneId, hours, days);
        } catch (InvalidDocumentException e) {
            domainProblems = e.problems();
        }
        problems.addAll(domainProblems);
        InvalidDocumentException.throwIfAny("calendar " + id, problems);
        return calendar;
    }

    private static List<TimeWindow> windows(List<Window> windows, String path, List<String> problems) {
        List<TimeWindow> parsed = new ArrayList<>();
        List<Window> all = windows == null ? List.of() : windows;
        for (int i = 0; i < all.size(); i++) {
            Window window = all.get(i);
            try {
                parsed.add(TimeWindow.of(window.start(), window.end()));
            } catch (RuntimeException e) {
                problems.add(path + "[" + i + "] needs start and end as local times HH:mm");
            }
        }
        return parsed;
    }
}
