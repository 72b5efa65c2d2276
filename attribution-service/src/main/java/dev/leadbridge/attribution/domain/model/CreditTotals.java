package dev.leadbridge.attribution.domain.model;

import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.MinorUnits;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.attribution.domain.journey.TouchDimension;
import dev.leadbridge.events.payload.Channel;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Revenue credited per channel and per campaign, summed over many deals, one tally per currency: amounts in different
 * currencies are never added, so converting them (at which rate, on which day) stays a reporting decision outside the
 * domain. A group appears once any credited touch belongs to it, even if its credit is zero (a channel that only ever
 * assisted, under first_touch), so reports can show it. Mutable and not thread-safe: one per report or per thread.
 */
public final class CreditTotals {

    private final Map<Currency, Tally> tallies = new HashMap<>();

    /** Adds one deal's credits: constant work per touch, with no allocation for channels or known campaigns. */
    public void add(DealCredits credits) {
        Tally tally = tallies.computeIfAbsent(credits.deal().currency(), currency -> new Tally());
        Journey journey = credits.journey();
        for (int i = 0; i < credits.size(); i++) {
            tally.add(journey.touch(i), credits.minorUnits(i));
        }
    }

    /** The currencies credited so far. */
    public Set<Currency> currencies() {
        return Collections.unmodifiableSet(tallies.keySet());
    }

    /** All revenue credited in {@code currency}: the sum of the deals added in it. */
    public BigDecimal total(Currency currency) {
        Tally tally = tallies.get(currency);
        return MinorUnits.toAmount(tally == null ? 0 : tally.total, currency);
    }

    /** Revenue per channel (wire name) or campaign in {@code currency}, sorted by group; sums to {@link #total}. */
    public Map<String, BigDecimal> totals(TouchDimension dimension, Currency currency) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        Tally tally = tallies.get(currency);
        if (tally != null) {
            tally.minorUnits(dimension).forEach((group, units) ->
                    totals.put(group, MinorUnits.toAmount(units, currency)));
        }
        return Collections.unmodifiableMap(totals);
    }

    /** One currency's sums: channels in an array by ordinal, campaigns in a map of mutable cells. */
    private static final class Tally {

        private static final Channel[] CHANNELS = Channel.values();

        private final long[] byChannel = new long[CHANNELS.length];
        private final boolean[] channelSeen = new boolean[CHANNELS.length];
        private final Map<String, long[]> byCampaign = new HashMap<>();
        private long total;

        void add(Touch touch, long minorUnits) {
            int channel = touch.channel().ordinal();
            byChannel[channel] += minorUnits;
            channelSeen[channel] = true;
            byCampaign.computeIfAbsent(touch.campaign(), campaign -> new long[1])[0] += minorUnits;
            total += minorUnits;
        }

        Map<String, Long> minorUnits(TouchDimension dimension) {
            Map<String, Long> units = new HashMap<>();
            switch (dimension) {
                case CHANNEL -> {
                    for (Channel channel : CHANNELS) {
                        if (channelSeen[channel.ordinal()]) {
                            units.put(channel.wire(), byChannel[channel.ordinal()]);
                        }
                    }
                }
                case CAMPAIGN -> byCampaign.forEach((campaign, cell) -> units.put(campaign, cell[0]));
            }
            return units;
        }
    }
}
