package dev.leadbridge.sla.domain.time;

import dev.leadbridge.platform.validation.Problems;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A stretch of local time within one day, start inclusive, end exclusive, as an opening time (09:00–12:00) or, in a
 * holiday, a closed time. An end of 00:00 means the end of the day (24:00), so a window can reach midnight and a night
 * shift is written as 22:00–24:00 plus 00:00–06:00 the next day; 00:00–00:00 is the whole day.
 * <p>
 * The constructor keeps what it is given, so a calendar can report every bad window at once.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    /** The whole day, 00:00–24:00. */
    public static final TimeWindow WHOLE_DAY = new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** A window from ISO local times such as {@code "09:00"}; the end may be written {@code "24:00"}. */
    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    }

    /** Where the window starts, in nanoseconds since midnight. */
    long startNanos() {
        return start.toNanoOfDay();
    }

    /** Where the window ends, in nanoseconds since midnight; a full day's worth for an end of 00:00. */
    long endNanos() {
        return end.equals(LocalTime.MIDNIGHT) ? DAY_NANOS : end.toNanoOfDay();
    }

    /** The window's length in local time, which a DST change on its day may stretch or shrink in real time. */
    long lengthNanos() {
        return endNanos() - startNanos();
    }

    boolean overlaps(TimeWindow other) {
        return startNanos() < other.endNanos() && other.startNanos() < endNanos();
    }

    boolean isProper() {
        return start != null && end != null && startNanos() < endNanos();
    }

    void validate(Problems problems, String path) {
        boolean complete = problems.require(start, path + ".start") & problems.require(end, path + ".end");
        problems.check(!complete || isProper(), "%s starts at %s, not before its end %s", path, start, endText());
    }

    private String endText() {
        return LocalTime.MIDNIGHT.equals(end) ? "24:00" : String.valueOf(end);
    }

    /** The window as {@code 09:00-17:30}, with an end of midnight written as {@code 24:00}. */
    @Override
    public String toString() {
        return start + "-" + endText();
    }
}
