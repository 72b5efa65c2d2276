package dev.leadbridge.attribution.domain.kpi;

import dev.leadbridge.events.payload.RejectionReason;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sales' feedback to marketing for a cohort: of the leads marketing qualified (reached MQL), how many sales accepted,
 * rejected or has not decided on yet, and why it rejected.
 * <ul>
 *   <li>A lead counts as <b>accepted</b> if it reached SAL, even after an earlier rejection and recycling; as
 *       <b>rejected</b> if it was rejected and never accepted; otherwise as <b>pending</b>.</li>
 *   <li>The <b>acceptance</b> rate is accepted ⁄ (accepted + rejected): pending leads are not yet feedback.</li>
 *   <li>Leads that never were MQLs (logged straight as accepted) are not marketing's hand-over and are left out of
 *       those counts.</li>
 *   <li><b>Rejection reasons</b> count every rejection of every cohort lead, so a lead rejected twice counts twice;
 *       every reason is present, zero if unused, so charts keep their axes.</li>
 * </ul>
 */
public record LeadQuality(long mqls, long accepted, long rejected, long pending, Rate acceptance,
                          Map<RejectionReason, Long> rejectionReasons) {

    public LeadQuality {
        rejectionReasons = Collections.unmodifiableMap(new EnumMap<>(rejectionReasons));
    }

    /** The lead quality of the leads captured within {@code cohort}. */
    public static LeadQuality of(Collection<LeadProgress> leads, TimeWindow cohort) {
        Map<RejectionReason, Long> reasons = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            reasons.put(reason, 0L);
        }
        Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
        for (LeadProgress lead : leads) {
            if (cohort.contains(lead.capturedAt())) {
                lead.rejections().forEach(rejection -> reasons.merge(rejection.reason(), 1L, Long::sum));
                if (lead.reachedAt(FunnelStage.MQL).isPresent()) {
                    decisions.merge(Decision.of(lead), 1L, Long::sum);
                }
            }
        }
        long accepted = decisions.getOrDefault(Decision.ACCEPTED, 0L);
        long rejected = decisions.getOrDefault(Decision.REJECTED, 0L);
        long pending = decisions.getOrDefault(Decision.PENDING, 0L);
        return new LeadQuality(accepted + rejected + pending, accepted, rejected, pending,
                new Rate(accepted, accepted + rejected), reasons);
    }

    /** One report per group of the cohort, e.g. by channel, campaign or {@link LeadProgress#scoreBand()}. */
    public static <K> Map<K, LeadQuality> byGroup(Collection<LeadProgress> leads, TimeWindow cohort,
                                                  Function<LeadProgress, K> group) {
        return Groups.report(leads, lead -> cohort.contains(lead.capturedAt()), group, members -> of(members, cohort));
    }

    /** Where sales stands on one MQL. */
    private enum Decision {
        ACCEPTED,
        REJECTED,
        PENDING;

        static Decision of(LeadProgress mql) {
            if (mql.reachedAt(FunnelStage.SAL).isPresent()) {
                return ACCEPTED;
            }
            return mql.rejections().isEmpty() ? PENDING : REJECTED;
        }
    }
}
