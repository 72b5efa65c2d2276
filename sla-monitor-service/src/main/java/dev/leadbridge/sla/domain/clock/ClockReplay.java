package dev.leadbridge.sla.domain.clock;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.sla.domain.policy.CalendarChoice;
import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.domain.time.BusinessTime;
import dev.leadbridge.sla.domain.time.Pause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Replays a period's real acceptance clocks under a draft policy set: each clock gets the policy the draft would have
 * chosen for its lead, on the calendar that policy would have run on, with its real start and its real pauses, and
 * is judged by when the owner really decided. Who decided when is what really happened; only the allowance moves.
 * <p>
 * A clock that is still running is judged as of {@code asOf}: breached if its due instant has passed, else not yet
 * judged. A clock superseded by a reassignment or withdrawn is left out on both sides: nobody met or missed it.
 * Pure and deterministic.
 */
public final class ClockReplay {

    /** Clocks that change verdict listed by example; the counts cover all of them. */
    public static final int FLIP_EXAMPLES = 100;

    private ClockReplay() {
    }

    /** How a clock ended, for the replay. */
    public enum Ending {
        /** Accepted or rejected at {@code endedAt}. */
        DECIDED,
        /** Still running. */
        RUNNING,
        /** Superseded or withdrawn: not judged. */
        NOT_JUDGED
    }

    /**
     * A real clock of the period.
     *
     * @param grade     null for clocks that started without one (late entry, or before grades were kept)
     * @param mqlReason null likewise
     * @param pauses    its pauses, a running one passed ending when the clock stopped or at {@code asOf}
     */
    public record PastClock(UUID leadId, Instant startedAt, Ending ending, Instant endedAt, Grade grade,
                            Channel channel, MqlReason mqlReason, String teamId, String policyId, Integer policyVersion,
                            Instant dueAt, boolean breached, List<Pause> pauses) {

        public PastClock {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(ending, "ending");
            pauses = List.copyOf(pauses);
        }
    }

    /** A clock's verdict: met (decided in time), breached (decided late, or due and still running), or open. */
    public enum Verdict {
        MET, BREACHED, OPEN;
    }

    /** Clocks of one policy, then (under the policy that really ran them) and under the draft. */
    public record PolicyLine(String policyId, int clocksThen, int metThen, int breachedThen, Double metPercentThen,
                             int clocksDraft, int metDraft, int breachedDraft, Double metPercentDraft) {
    }

    /** A clock whose verdict the draft changes. */
    public record Flip(UUID leadId, Instant startedAt, Instant decidedAt, String policyThen, Instant dueThen,
                       Verdict verdictThen, String policyDraft, Instant dueDraft, Verdict verdictDraft) {
    }

    /**
     * Then against the draft over the period's judged clocks.
     *
     * @param metToBreached   clocks met then that the draft would have breached
     * @param breachedToMet   clocks breached then that the draft would have met
     */
    public record Report(int clocks, int notJudged, int metThen, int breachedThen, Double metPercentThen, int metDraft,
                         int breachedDraft, Double metPercentDraft, int metToBreached, int breachedToMet,
                         List<PolicyLine> policies, List<Flip> flipExamples) {
    }

    /**
     * @param calendars the calendar with an id (a team's calendar has the team's id), or the default calendar when
     *                  none has it
     */
    public static Report replay(List<PastClock> clocks, PolicySelector draft,
                                Function<String, BusinessCalendar> calendars, String defaultCalendarId, Instant asOf) {
        Tally tally = new Tally();
        for (PastClock clock : clocks) {
            if (clock.ending() == Ending.NOT_JUDGED) {
                tally.notJudged++;
                continue;
            }
            SlaPolicy policy = draft.select(clock.grade(), clock.channel(), clock.mqlReason());
            BusinessCalendar calendar = calendars.apply(calendarId(policy, clock.teamId(), defaultCalendarId));
            Instant end = clock.ending() == Ending.DECIDED ? clock.endedAt() : asOf;
            Instant dueDraft = new AcceptanceClock(policy, new BusinessTime(calendar), clock.startedAt(),
                    clock.pauses()).dueAt();
            tally.add(clock, verdictThen(clock, asOf), policy.id(), dueDraft, verdict(clock.ending(), end, dueDraft));
        }
        return tally.report(clocks.size());
    }

    private static String calendarId(SlaPolicy policy, String teamId, String defaultCalendarId) {
        if (policy.calendar() instanceof CalendarChoice.Named named) {
            return named.calendarId();
        }
        return teamId == null ? defaultCalendarId : teamId;
    }

    private static Verdict verdictThen(PastClock clock, Instant asOf) {
        if (clock.ending() == Ending.DECIDED) {
            return clock.breached() ? Verdict.BREACHED : Verdict.MET;
        }
        return clock.breached() || !asOf.isBefore(clock.dueAt()) ? Verdict.BREACHED : Verdict.OPEN;
    }

    private static Verdict verdict(Ending ending, Instant end, Instant due) {
        if (end.isAfter(due)) {
            return Verdict.BREACHED;
        }
        return ending == Ending.DECIDED ? Verdict.MET : Verdict.OPEN;
    }

    private static final class Counts {
        int clocks;
        int met;
        int breached;

        void add(Verdict verdict) {
            clocks++;
            if (verdict == Verdict.MET) {
                met++;
            } else if (verdict == Verdict.BREACHED) {
                breached++;
            }
        }

        Double metPercent() {
            int judged = met + breached;
            return judged == 0 ? null : Math.round(met * 10_000.0 / judged) / 100.0;
        }
    }

    private static final class Tally {
        private final Counts then = new Counts();
        private final Counts draft = new Counts();
        private final Map<String, Counts> thenByPolicy = new TreeMap<>();
        private final Map<String, Counts> draftByPolicy = new TreeMap<>();
        private final List<Flip> flips = new ArrayList<>();
        private int notJudged;
        private int metToBreached;
        private int breachedToMet;

        void add(PastClock clock, Verdict verdictThen, String policyDraft, Instant dueDraft, Verdict verdictDraft) {
            then.add(verdictThen);
            draft.add(verdictDraft);
            thenByPolicy.computeIfAbsent(clock.policyId(), id -> new Counts()).add(verdictThen);
            draftByPolicy.computeIfAbsent(policyDraft, id -> new Counts()).add(verdictDraft);
            if (verdictThen == verdictDraft) {
                return;
            }
            if (verdictThen == Verdict.MET && verdictDraft == Verdict.BREACHED) {
                metToBreached++;
            } else if (verdictThen == Verdict.BREACHED && verdictDraft == Verdict.MET) {
                breachedToMet++;
            }
            if (flips.size() < FLIP_EXAMPLES) {
                flips.add(new Flip(clock.leadId(), clock.startedAt(),
                        clock.ending() == Ending.DECIDED ? clock.endedAt() : null, clock.policyId(), clock.dueAt(),
                        verdictThen, policyDraft, dueDraft, verdictDraft));
            }
        }

        Report report(int clocks) {
            TreeMap<String, PolicyLine> lines = new TreeMap<>();
            Set<String> ids = new TreeSet<>(thenByPolicy.keySet());
            ids.addAll(draftByPolicy.keySet());
            for (String id : ids) {
                Counts before = thenByPolicy.getOrDefault(id, new Counts());
                Counts after = draftByPolicy.getOrDefault(id, new Counts());
                lines.put(id, new PolicyLine(id, before.clocks, before.met, before.breached, before.metPercent(),
                        after.clocks, after.met, after.breached, after.metPercent()));
            }
            return new Report(clocks, notJudged, then.met, then.breached, then.metPercent(), draft.met,
                    draft.breached, draft.metPercent(), metToBreached, breachedToMet, List.copyOf(lines.values()),
                    List.copyOf(flips));
        }
    }
}
