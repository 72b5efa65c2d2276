package dev.leadbridge.sla.domain.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Calendars and local-time helpers the example tests share; expectations are written as local times or UTC. */
final class Calendars {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday to Friday, 09:00–12:00 and 13:00–17:30: 7.5 hours a day, 37.5 a week. */
    static final List<TimeWindow> OFFICE_HOURS = List.of(TimeWindow.of("09:00", "12:00"),
            TimeWindow.of("13:00", "17:30"));

    private Calendars() {
    }

    static BusinessCalendar berlinOffice(Holiday... holidays) {
        return new BusinessCalendar("berlin-office", BERLIN,
                BusinessCalendar.days(OFFICE_HOURS, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), List.of(holidays));
    }

    static BusinessCalendar everyDay(ZoneId zone, TimeWindow... windows) {
        return new BusinessCalendar("every-day", zone, BusinessCalendar.allDays(List.of(windows)), List.of());
    }

    static BusinessCalendar only(ZoneId zone, DayOfWeek day, TimeWindow... windows) {
        return new BusinessCalendar("only-" + day, zone, BusinessCalendar.days(List.of(windows), day), List.of());
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Instant utc(String instant) {
        return Instant.parse(instant);
    }
}
