package dev.leadbridge.qualification.domain.scoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an instant exactly as {@link Instant#toString()} does (ISO-8601 in UTC, fractions of a second in groups of
 * three digits, only as many as needed), without going through {@code DateTimeFormatter}: every engagement line's
 * reason names its touchpoint's instant, and the formatter was a sixth of scoring's time in a profile. Instants
 * before 1970 or after 9999 are left to {@link Instant#toString()}.
 */
final class InstantText {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_SECOND_OF_YEAR_10000 = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

    private InstantText() {
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= FIRST_SECOND_OF_YEAR_10000) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        StringBuilder text = new StringBuilder(30).append(date.getYear()).append('-');
        twoDigits(text, date.getMonthValue()).append('-');
        twoDigits(text, date.getDayOfMonth()).append('T');
        twoDigits(text, secondOfDay / 3600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        twoDigits(text, secondOfDay % 60);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                text.append(Integer.toString(nanos / 1_000_000 + 1_000), 1, 4);
            } else if (nanos % 1_000 == 0) {
                text.append(Integer.toString(nanos / 1_000 + 1_000_000), 1, 7);
            } else {
                text.append(Integer.toString(nanos + 1_000_000_000), 1, 10);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
