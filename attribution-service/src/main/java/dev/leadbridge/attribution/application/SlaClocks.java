package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.domain.kpi.SlaClock;
import dev.leadbridge.attribution.persistence.SlaClockEntity;
import dev.leadbridge.events.payload.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Turns the projected clocks into the domain's {@link SlaClock}s: a decided clock (met event) with its wall-clock time
 * from start to decision as the speed to lead, and a breached clock without a decision as an open breach. A clock
 * still running within its SLA has no outcome yet and is left out.
 * <p>
 * Wall time rather than business time, because speed to lead is how long the lead waited for an answer; SLA
 * compliance itself is the policy's verdict ({@code breached}), which the SLA monitor reckons in business time. A
 * clock whose lead has not arrived (yet) on {@code leads.captured} counts under {@link Channel#OTHER}. An open breach
 * seen without a warning carries no start time; it is placed at its due time, else its breach time.
 */
final class SlaClocks {

    private SlaClocks() {
    }

    static List<SlaClock> of(List<SlaClockEntity> rows, Map<UUID, Channel> channelByLead) {
        List<SlaClock> clocks = new ArrayList<>();
        for (SlaClockEntity row : rows) {
            Channel channel = channelByLead.getOrDefault(row.leadId, Channel.OTHER);
            if (row.stoppedAt != null && row.startedAt != null && row.elapsedWallSeconds != null) {
                clocks.add(new SlaClock.Decided(row.timerId, row.leadId, row.startedAt, channel, row.breached,
                        Duration.ofSeconds(row.elapsedWallSeconds)));
            } else if (row.breached) {
                clocks.add(new SlaClock.OpenBreach(row.timerId, row.leadId, placeOf(row), channel));
            }
        }
        return clocks;
    }

    /**
     * Each clock's group: the lead's channel ({@link Channel#OTHER} while the lead is unknown), country or territory,
     * or the clock's own team or rep; {@link LeadProgress.Placement#UNKNOWN} where not known.
     */
    static Map<UUID, String> groups(List<SlaClockEntity> rows, SlaGrouping grouping, Map<UUID, Channel> channelByLead,
                                    Map<UUID, LeadProgress.Placement> placements) {
        Map<UUID, String> groups = new HashMap<>();
        for (SlaClockEntity row : rows) {
            LeadProgress.Placement placement = placements.getOrDefault(row.leadId, LeadProgress.Placement.NOWHERE);
            String group = switch (grouping) {
                case CHANNEL -> channelByLead.getOrDefault(row.leadId, Channel.OTHER).wire();
                case COUNTRY -> placement.country();
                case TERRITORY -> placement.territory();
                case TEAM -> LeadProgress.Placement.orUnknown(row.teamId);
                case REP -> LeadProgress.Placement.orUnknown(row.ownerId);
            };
            groups.put(row.timerId, group);
        }
        return groups;
    }

    /** The groups in report order: channels as the contract lists them, anything else by name. */
    static List<String> groupOrder(SlaGrouping grouping, Collection<String> groups) {
        if (grouping == SlaGrouping.CHANNEL) {
            return Arrays.stream(Channel.values()).map(Channel::wire).filter(groups::contains).toList();
        }
        return new TreeSet<>(groups).stream().toList();
    }

    private static Instant placeOf(SlaClockEntity row) {
        if (row.startedAt != null) {
            return row.startedAt;
        }
        return row.dueAt != null ? row.dueAt : row.breachedAt;
    }
}
