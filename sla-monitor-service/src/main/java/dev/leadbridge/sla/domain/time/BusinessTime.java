package dev.leadbridge.sla.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Business-time arithmetic over one {@link BusinessCalendar}: how much business time lies between two instants, and
 * when a given amount of it has elapsed, optionally less {@link Pause pauses}. Build one per calendar and reuse it;
 * it is immutable and thread-safe.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Business time is real time while open.</b> An hour of business time is an hour on any clock, spent while the
 *   calendar is open and the clock not paused.</li>
 *   <li><b>Windows are half-open</b>: open from their start, inclusive, to their end, exclusive; 17:30 is closed for a
 *   window 13:00–17:30.</li>
 *   <li><b>Daylight saving time.</b> A window's local start and end map to the first instant at which the calendar's
 *   wall clock reads that local time or later. So a boundary inside a spring-forward gap falls at the end of the gap
 *   (02:30 on a Berlin spring-forward night is 03:00 CEST), and one inside a fall-back overlap at its first occurrence.
 *   A window spanning a change lasts what the clock really ran: 01:00–04:00 is 2 hours in spring and 4 in autumn.</li>
 *   <li><b>Results of {@code add} are always open instants.</b> Counting starts at the next opening when the start is
 *   outside hours, so a zero duration from outside hours lands on the next opening, and one from inside hours on the
 *   start itself. A duration that runs out exactly at a closing time lands on the next opening, as no business time
 *   passes between the two. Hence {@code add(add(s, a), b) == add(s, a + b)} for all {@code a, b >= 0}, and a clock
 *   stopped at or before its due instant never used more than its allowance.</li>
 * </ul>
 * Long durations skip whole regular weeks (no holiday, DST change or pause) at once, so the cost grows with the number
 * of such irregularities crossed, not with the length of the duration.
 */
public final class BusinessTime {

    /** Wall time: every instant counts, apart from pauses. */
    public static final BusinessTime WALL = new BusinessTime(BusinessCalendar.ALWAYS_OPEN);

    private final BusinessCalendar calendar;
    private final ZoneRules rules;
    private final NavigableMap<LocalDate, List<TimeWindow>> closedByDate;
    private final long weekNanos;

    public BusinessTime(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = calendar.zone().getRules();
        this.closedByDate = closedByDate(calendar.holidays());
        this.weekNanos = calendar.weeklyHours().values().stream().flatMap(List::stream)
                .mapToLong(TimeWindow::lengthNanos).sum();
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Whether the calendar is open at the instant. */
    public boolean isOpen(Instant instant) {
        return nextOpening(instant).equals(instant);
    }

    /** The instant itself when open, else the next instant the calendar opens. */
    public Instant nextOpening(Instant instant) {
        return add(instant, Duration.ZERO);
    }

    /** The first open instant by which {@code businessDuration} of business time has elapsed since {@code start}. */
    public Instant add(Instant start, Duration businessDuration) {
        return add(start, businessDuration, List.of());
    }

    /**
     * The first open, unpaused instant by which {@code businessDuration} of business time outside the pauses has
     * elapsed since {@code start}.
     */
    public Instant add(Instant start, Duration businessDuration, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        if (businessDuration.isNegative()) {
            throw new IllegalArgumentException("a business duration is not negative, was " + businessDuration);
        }
        return walk(start, pauses).advance(businessDuration.toNanos());
    }

    /** The business time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        return between(from, to, List.of());
    }

    /** The business time from {@code from} to {@code to} outside the pauses; zero when {@code to <= from}. */
    public Duration between(Instant from, Instant to, List<Pause> pauses) {
        Objects.requireNonNull(from, "from");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(walk(from, pauses).measureUntil(to));
    }

    private OpenTimeWalk walk(Instant origin, List<Pause> pauses) {
        return new OpenTimeWalk(this, InstantRange.of(pauses), origin);
    }

    /** Business time in a week without holidays and DST changes. */
    long weekNanos() {
        return weekNanos;
    }

    /** The local date of the instant in the calendar's zone. */
    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    /** Where the local day begins; the days partition the time line, as each day's windows lie within it. */
    Instant startOf(LocalDate day) {
        return boundary(day, 0);
    }

    /** The open ranges of a day: its weekly windows less its holidays' closed windows, in order. */
    List<InstantRange> openRanges(LocalDate day) {
        List<TimeWindow> closed = closedByDate.getOrDefault(day, List.of());
        List<InstantRange> ranges = new ArrayList<>();
        for (TimeWindow window : calendar.hoursOn(day.getDayOfWeek())) {
            long from = window.startNanos();
            for (TimeWindow shut : closed) {
                if (shut.startNanos() < window.endNanos() && shut.endNanos() > from) {
                    addRange(ranges, day, from, shut.startNanos());
                    from = Math.max(from, shut.endNanos());
                }
            }
            addRange(ranges, day, from, window.endNanos());
        }
        return ranges;
    }

    /**
     * The first day, from {@code day} on, whose business time may differ from its weekday's usual: a holiday, or a
     * day near a change of UTC offset. Days before it have exactly their weekly windows' length of business time.
     */
    LocalDate firstIrregularDay(LocalDate day) {
        LocalDate holiday = closedByDate.ceilingKey(day);
        ZoneOffsetTransition change = rules.nextTransition(startOf(day).minus(Duration.ofDays(2)));
        LocalDate nearChange = change == null ? LocalDate.MAX : dateOf(change.getInstant()).minusDays(1);
        return holiday == null || nearChange.isBefore(holiday) ? nearChange : holiday;
    }

    private void addRange(List<InstantRange> ranges, LocalDate day, long fromNanos, long toNanos) {
        if (fromNanos >= toNanos) {
            return;
        }
        Instant start = boundary(day, fromNanos);
        Instant end = boundary(day, toNanos);
        if (start.isBefore(end)) {
            ranges.add(new InstantRange(start, end));
        }
    }

    /** The first instant at which the wall clock reads the local time, or later (see the DST convention above). */
    private Instant boundary(LocalDate day, long nanoOfDay) {
        LocalDateTime local = day.atStartOfDay().plusNanos(nanoOfDay);
        ZoneOffsetTransition change = rules.getTransition(local);
        return change != null && change.isGap() ? change.getInstant() : local.atZone(calendar.zone()).toInstant();
    }

    private static NavigableMap<LocalDate, List<TimeWindow>> closedByDate(List<Holiday> holidays) {
        NavigableMap<LocalDate, List<TimeWindow>> closed = new TreeMap<>();
        for (Holiday holiday : holidays) {
            closed.merge(holiday.date(), holiday.closed(), (a, b) -> concat(a, b));
        }
        closed.replaceAll((date, windows) ->
                windows.stream().sorted(Comparator.comparingLong(TimeWindow::startNanos)).toList());
        return closed;
    }

    private static List<TimeWindow> concat(List<TimeWindow> a, List<TimeWindow> b) {
        List<TimeWindow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
