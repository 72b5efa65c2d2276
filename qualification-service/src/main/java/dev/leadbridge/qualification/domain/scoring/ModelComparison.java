package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.Grade;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two scoring models judged on the same leads: how many each would make an MQL, how often they agree, how grades
 * move, and, from the outcomes sales already recorded, how the MQLs of each fared (accepted or rejected, won or
 * lost). The figures of shadow scoring and of a backtest; what a lead's outcome would have been under a model that
 * did not make it an MQL is unknowable, so each model's rates count only the leads it would have made MQLs.
 */
public final class ModelComparison {

    private int leads;
    private int agreeing;
    private final Tally live = new Tally();
    private final Tally draft = new Tally();
    private final Map<String, Integer> gradeChanges = new TreeMap<>();

    /** What a model made of a lead. */
    public record Judgement(int total, Grade grade, boolean mql) {
    }

    /**
     * What sales recorded about the lead, whichever model made it an MQL: null where nothing is known yet.
     *
     * @param accepted true when a rep accepted it, false when one rejected it
     * @param won      true when it closed won, false when lost
     */
    public record Outcome(Boolean accepted, Boolean won) {

        public static final Outcome UNKNOWN = new Outcome(null, null);
    }

    /** One model's figures over the leads compared. */
    public record ModelFigures(int mqls, int accepted, int rejected, Double acceptanceRate, int won, int lost,
                               Double winRate) {
    }

    /**
     * The comparison.
     *
     * @param agreement    the share of leads both models judged alike (both MQL or both not), null without leads
     * @param gradeChanges how many leads moved from one grade to another, as "B→A"; unchanged grades are left out
     */
    public record Report(int leads, ModelFigures live, ModelFigures draft, int agreeing, Double agreement,
                         Map<String, Integer> gradeChanges) {
    }

    public void add(Judgement underLive, Judgement underDraft, Outcome outcome) {
        leads++;
        if (underLive.mql() == underDraft.mql()) {
            agreeing++;
        }
        if (underLive.grade() != underDraft.grade()) {
            gradeChanges.merge(underLive.grade().wire() + "→" + underDraft.grade().wire(), 1, Integer::sum);
        }
        live.count(underLive, outcome);
        draft.count(underDraft, outcome);
    }

    public Report report() {
        return new Report(leads, live.figures(), draft.figures(), agreeing,
                share(agreeing, leads), Map.copyOf(gradeChanges));
    }

    /** A share of a whole, to four decimals; null for nothing to share. */
    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static final class Tally {

        private int mqls;
        private int accepted;
        private int rejected;
        private int won;
        private int lost;

        void count(Judgement judgement, Outcome outcome) {
            if (!judgement.mql()) {
                return;
            }
            mqls++;
            if (outcome.accepted() != null) {
                if (outcome.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
            if (outcome.won() != null) {
                if (outcome.won()) {
                    won++;
                } else {
                    lost++;
                }
            }
        }

        ModelFigures figures() {
            return new ModelFigures(mqls, accepted, rejected, rate(accepted, rejected), won, lost, rate(won, lost));
        }

        private static Double rate(int yes, int no) {
            return share(yes, yes + no);
        }
    }
}
