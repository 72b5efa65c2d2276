package dev.leadbridge.sla.domain.clock;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.sla.domain.clock.ClockReplay.Ending;
import dev.leadbridge.sla.domain.clock.ClockReplay.PastClock;
import dev.leadbridge.sla.domain.clock.ClockReplay.PolicyLine;
import dev.leadbridge.sla.domain.clock.ClockReplay.Report;
import dev.leadbridge.sla.domain.clock.ClockReplay.Verdict;
import dev.leadbridge.sla.domain.policy.CalendarChoice;
import dev.leadbridge.sla.domain.policy.MatchCriteria;
import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.policy.TimeMode;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.Holiday;
import dev.leadbridge.sla.domain.time.Pause;
import dev.leadbridge.sla.domain.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClockReplayTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday to Friday, 09:00–17:00 in Berlin. */
    private static final BusinessCalendar DACH = dach();
    private static final BusinessCalendar DACH_WITH_HOLIDAY = dach(Holiday.wholeDay(LocalDate.parse("2026-12-08"),
            "a holiday"));
    private static final Instant AS_OF = berlin("2026-12-31T12:00");

    @Test
    void businessHoursOnTheTeamsCalendarCanTurnAWallTimeBreachIntoAMet() {
        PastClock fridayEvening = clock(berlin("2026-12-04T16:00"), berlin("2026-12-07T10:00"), Grade.B, "wall-4h",
                berlin("2026-12-04T20:00"), true);

        Report report = replay(List.of(fridayEvening), selector(business("default", 4)), DACH);

        assertThat(report.breachedThen()).isEqualTo(1);
        assertThat(report.metDraft()).as("one business hour on Friday, three on Monday: due Monday 12:00")
                .isEqualTo(1);
        assertThat(report.breachedToMet()).isEqualTo(1);
        assertThat(report.flipExamples()).singleElement().satisfies(flip -> {
            assertThat(flip.dueDraft()).isEqualTo(berlin("2026-12-07T12:00"));
            assertThat(flip.verdictThen()).isEqualTo(Verdict.BREACHED);
            assertThat(flip.verdictDraft()).isEqualTo(Verdict.MET);
        });
    }

    @Test
    void aHolidayOnTheCalendarGivesTheOwnerTheNextWorkingDay() {
        PastClock overTheHoliday = clock(berlin("2026-12-07T16:00"), berlin("2026-12-09T10:00"), Grade.B, "old",
                berlin("2026-12-08T12:00"), true);

        assertThat(replay(List.of(overTheHoliday), selector(business("default", 4)), DACH).metDraft()).isZero();
        assertThat(replay(List.of(overTheHoliday), selector(business("default", 4)), DACH_WITH_HOLIDAY).metDraft())
                .as("Tuesday is a holiday: due Wednesday 12:00").isEqualTo(1);
    }

    @Test
    void pausedTimeDoesNotCount() {
        PastClock decidedAtTwo = clock(berlin("2026-12-07T10:00"), berlin("2026-12-07T14:00"), Grade.B, "old",
                berlin("2026-12-07T11:00"), true);
        PastClock pausedForThreeHours = new PastClock(UUID.randomUUID(), decidedAtTwo.startedAt(), Ending.DECIDED,
                decidedAtTwo.endedAt(), Grade.B, Channel.EVENT, MqlReason.SCORE_THRESHOLD, "dach", "old", 1,
                decidedAtTwo.dueAt(), true, List.of(new Pause(berlin("2026-12-07T10:30"), berlin("2026-12-07T13:30"),
                "waiting for legal")));
        PolicySelector twoWallHours = selector(wall("default", 2));

        assertThat(replay(List.of(decidedAtTwo), twoWallHours, DACH).metDraft()).isZero();
        assertThat(replay(List.of(pausedForThreeHours), twoWallHours, DACH).metDraft()).isEqualTo(1);
    }

    @Test
    void aRunningClockIsBreachedOncePastDueElseNotYetJudgedAndSupersededClocksAreLeftOut() {
        Instant start = AS_OF.minus(Duration.ofHours(3));
        PastClock running = new PastClock(UUID.randomUUID(), start, Ending.RUNNING, null, Grade.A, Channel.EVENT,
                MqlReason.SCORE_THRESHOLD, "dach", "old", 1, AS_OF.plus(Duration.ofHours(5)), false, List.of());
        PastClock superseded = new PastClock(UUID.randomUUID(), start, Ending.NOT_JUDGED, AS_OF, Grade.A,
                Channel.EVENT, MqlReason.SCORE_THRESHOLD, "dach", "old", 1, AS_OF, false, List.of());

        Report twoHours = replay(List.of(running, superseded), selector(wall("default", 2)), DACH);
        Report fourHours = replay(List.of(running, superseded), selector(wall("default", 4)), DACH);

        assertThat(twoHours.clocks()).isEqualTo(2);
        assertThat(twoHours.notJudged()).isEqualTo(1);
        assertThat(twoHours.breachedDraft()).isEqualTo(1);
        assertThat(twoHours.metPercentDraft()).isEqualTo(0.0);
        assertThat(twoHours.metPercentThen()).as("nothing judged then").isNull();
        assertThat(fourHours.breachedDraft()).isZero();
        assertThat(fourHours.metPercentDraft()).isNull();
    }

    @Test
    void eachClockGetsThePolicyTheDraftWouldHaveChosenAndIsCountedPerPolicyOnBothSides() {
        Instant monday = berlin("2026-12-07T09:00");
        Instant twoHoursLater = monday.plus(Duration.ofHours(2));
        PastClock gradeA = clock(monday, twoHoursLater, Grade.A, "old", monday.plus(Duration.ofHours(8)), false);
        PastClock gradeB = clock(monday, twoHoursLater, Grade.B, "old", monday.plus(Duration.ofHours(8)), false);
        SlaPolicy fastForA = new SlaPolicy("grade-a", new MatchCriteria(Set.of(Grade.A), Set.of(), Set.of()),
                Duration.ofHours(1), TimeMode.BUSINESS, 0.75, CalendarChoice.ownersTeam(), List.of());

        Report report = replay(List.of(gradeA, gradeB), selector(fastForA, business("default", 8)), DACH);

        assertThat(report.metToBreached()).isEqualTo(1);
        assertThat(report.metPercentThen()).isEqualTo(100.0);
        assertThat(report.metPercentDraft()).isEqualTo(50.0);
        assertThat(report.policies()).containsExactly(
                new PolicyLine("default", 0, 0, 0, null, 1, 1, 0, 100.0),
                new PolicyLine("grade-a", 0, 0, 0, null, 1, 0, 1, 0.0),
                new PolicyLine("old", 2, 2, 0, 100.0, 0, 0, 0, null));
    }

    @Test
    void aPolicyNamingACalendarRunsOnItWhateverTheTeam() {
        PastClock saturday = clock(berlin("2026-12-05T10:00"), berlin("2026-12-05T15:00"), Grade.B, "old",
                berlin("2026-12-07T13:00"), false);
        SlaPolicy desk = new SlaPolicy("desk", MatchCriteria.ANY, Duration.ofHours(4), TimeMode.BUSINESS, 0.75,
                CalendarChoice.named("24x7"), List.of());

        Report report = ClockReplay.replay(List.of(saturday), selector(desk),
                Map.of("dach", DACH, "24x7", BusinessCalendar.ALWAYS_OPEN)::get, "dach", AS_OF);

        assertThat(report.metToBreached()).as("the desk's calendar is always open: due 14:00, decided 15:00").isEqualTo(1);
    }

    private static Report replay(List<PastClock> clocks, PolicySelector draft, BusinessCalendar teamCalendar) {
        return ClockReplay.replay(clocks, draft, id -> teamCalendar, "default", AS_OF);
    }

    private static PastClock clock(Instant startedAt, Instant decidedAt, Grade grade, String policyId, Instant dueAt,
                                   boolean breached) {
        return new PastClock(UUID.randomUUID(), startedAt, Ending.DECIDED, decidedAt, grade, Channel.EVENT,
                MqlReason.SCORE_THRESHOLD, "dach", policyId, 1, dueAt, breached, List.of());
    }

    private static PolicySelector selector(SlaPolicy... policies) {
        return new PolicySelector(List.of(policies));
    }

    private static SlaPolicy business(String id, int hours) {
        return new SlaPolicy(id, MatchCriteria.ANY, Duration.ofHours(hours), TimeMode.BUSINESS, 0.75,
                CalendarChoice.ownersTeam(), List.of());
    }

    private static SlaPolicy wall(String id, int hours) {
        return new SlaPolicy(id, MatchCriteria.ANY, Duration.ofHours(hours), TimeMode.WALL, 0.75,
                CalendarChoice.ownersTeam(), List.of());
    }

    private static BusinessCalendar dach(Holiday... holidays) {
        return new BusinessCalendar("dach", BERLIN, BusinessCalendar.days(List.of(TimeWindow.of("09:00", "17:00")),
                MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), List.of(holidays));
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }
}
