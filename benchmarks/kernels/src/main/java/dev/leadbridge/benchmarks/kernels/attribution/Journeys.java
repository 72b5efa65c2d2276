package dev.leadbridge.benchmarks.kernels.attribution;

import dev.leadbridge.attribution.domain.journey.Close;
import dev.leadbridge.attribution.domain.journey.Deal;
import dev.leadbridge.attribution.domain.journey.Journey;
import dev.leadbridge.attribution.domain.journey.Milestone;
import dev.leadbridge.attribution.domain.journey.Touch;
import dev.leadbridge.events.payload.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic journeys for the attribution benchmarks: the same count and seed give the same journeys, ids, times
 * and amounts included, on every machine, so two runs measure the same work.
 * <p>
 * Every journey has {@value #TOUCHES_PER_JOURNEY} touches spread over weeks, on channels and one of
 * {@value #CAMPAIGNS} campaigns (a tenth without one). One of the first four touches marks lead creation and a later
 * one, up to the seventh, opportunity creation, so u_shaped, w_shaped and full_path each find all their positions.
 * A won deal closes after the last touch, so all eight are attributable, for between 1,000 and 250,000 in USD, EUR or
 * GBP (so the totals keep three currency tallies, as a real report would).
 */
public final class Journeys {

    public static final int TOUCHES_PER_JOURNEY = 8;
    public static final int CAMPAIGNS = 240;

    private static final Instant LATEST_START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration START_SPREAD = Duration.ofDays(365);
    private static final Duration LONGEST_GAP = Duration.ofDays(10);
    private static final Channel[] CHANNELS = Channel.values();
    private static final String[] CAMPAIGN_NAMES = campaignNames();
    /** USD listed three times: three deals in five are in dollars. */
    private static final Currency[] CURRENCIES = {
        Currency.getInstance("USD"), Currency.getInstance("USD"), Currency.getInstance("USD"),
        Currency.getInstance("EUR"), Currency.getInstance("GBP")};
    private static final Set<Milestone> CREATED_LEAD = Set.of(Milestone.LEAD_CREATION);
    private static final Set<Milestone> OPENED_OPPORTUNITY = Set.of(Milestone.OPPORTUNITY_CREATION);

    private enum Outcome { WON, LOST, OPEN }

    private final SplittableRandom random;

    private Journeys(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} journeys that all end in a won deal: what the rule models credit. */
    public static List<Journey> won(int count, long seed) {
        Journeys journeys = new Journeys(seed);
        List<Journey> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            generated.add(journeys.journey(Outcome.WON));
        }
        return generated;
    }

    /**
     * {@code count} journeys as the Markov model learns from them, converting and not: a quarter won, a quarter lost
     * and half still open (every non-won journey ends in the chain's null state).
     */
    public static List<Journey> mixed(int count, long seed) {
        Journeys journeys = new Journeys(seed);
        List<Journey> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            generated.add(journeys.journey(switch (i % 4) {
                case 0 -> Outcome.WON;
                case 1 -> Outcome.LOST;
                default -> Outcome.OPEN;
            }));
        }
        return generated;
    }

    /**
     * The minor units of each journey's won deal, zero for the others, index for index: the amounts the floor
     * benchmarks sum without asking the journey (which would convert the amount from {@link BigDecimal} each time).
     */
    public static long[] wonMinorUnits(List<Journey> journeys) {
        long[] minorUnits = new long[journeys.size()];
        for (int i = 0; i < minorUnits.length; i++) {
            minorUnits[i] = journeys.get(i).wonDeal().map(Deal::minorUnits).orElse(0L);
        }
        return minorUnits;
    }

    /**
     * Collects once after generating, so the journeys are promoted to the old generation now and the first shots do
     * not pay for copying a million journeys out of the young generation.
     */
    public static void settleInOldGeneration() {
        System.gc();
    }

    private Journey journey(Outcome outcome) {
        Journey.Builder builder = Journey.builder(uuid());
        int leadCreation = random.nextInt(0, 4);
        int opportunityCreation = random.nextInt(leadCreation + 1, TOUCHES_PER_JOURNEY - 1);
        Instant at = LATEST_START.minusSeconds(random.nextLong(START_SPREAD.toSeconds()));
        for (int i = 0; i < TOUCHES_PER_JOURNEY; i++) {
            Set<Milestone> marks = i == leadCreation ? CREATED_LEAD
                    : i == opportunityCreation ? OPENED_OPPORTUNITY : Set.of();
            builder.touch(new Touch(uuid(), at, channel(), campaign(), marks));
            at = at.plusSeconds(random.nextLong(1, LONGEST_GAP.toSeconds()));
        }
        return switch (outcome) {
            case WON -> builder.closed(Close.won(at, amount(), currency())).build();
            case LOST -> builder.closed(Close.lost(at)).build();
            case OPEN -> builder.build();
        };
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Channel channel() {
        return CHANNELS[random.nextInt(CHANNELS.length)];
    }

    private String campaign() {
        return random.nextInt(10) == 0 ? null : CAMPAIGN_NAMES[random.nextInt(CAMPAIGNS)];
    }

    private BigDecimal amount() {
        return BigDecimal.valueOf(random.nextLong(100_000, 25_000_001), 2);
    }

    private Currency currency() {
        return CURRENCIES[random.nextInt(CURRENCIES.length)];
    }

    /**
     * One string per campaign, shared by its touches, to keep eight million touches in a modest heap. A read model
     * loaded from the database holds a string per row instead: the same lookups, plus one hash computation per row.
     */
    private static String[] campaignNames() {
        String[] names = new String[CAMPAIGNS];
        for (int i = 0; i < CAMPAIGNS; i++) {
            names[i] = String.format("campaign-%03d", i);
        }
        return names;
    }
}
