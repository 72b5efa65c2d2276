package dev.leadbridge.attribution.domain.journey;

import dev.leadbridge.events.payload.CloseOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One lead's path to revenue: its touches in time order and the milestones it reached. Immutable, and everything a
 * model asks for in its hot path ({@link #attributableCount()}, {@link #touchIndexOf(Milestone)}) is computed once
 * here, so crediting a journey under every model costs no repeated searching.
 * <p>
 * Touches are ordered by time, then by touch id, so equal timestamps still give one order and every rounding tie
 * ("earliest touch wins") is decided the same way on every replay.
 */
public final class Journey {

    /** What {@link #touchIndexOf(Milestone)} answers when no attributable touch holds a milestone. */
    public static final int NO_TOUCH = -1;

    private static final Comparator<Touch> TIME_ORDER =
            Comparator.comparing(Touch::occurredAt).thenComparing(Touch::touchId);
    private static final Milestone[] MILESTONES = Milestone.values();

    private final UUID id;
    private final List<Touch> touches;
    private final Map<Milestone, Instant> reached;
    private final Close close;
    private final int attributableCount;
    private final int[] milestoneTouch;

    private Journey(UUID id, List<Touch> touches, Map<Milestone, Instant> reached, Close close) {
        this.id = id;
        this.touches = touches;
        this.reached = reached;
        this.close = close;
        this.attributableCount = close == null ? touches.size() : countUpTo(touches, close.closedAt());
        this.milestoneTouch = new int[MILESTONES.length];
        for (Milestone milestone : MILESTONES) {
            milestoneTouch[milestone.ordinal()] = locate(milestone);
        }
    }

    /**
     * Starts a journey.
     *
     * @param id the lead id; for a visitor never known as a lead (a non-converting journey the Markov model still
     *           learns from) any stable id, e.g. a name-based UUID of the visitor id
     */
    public static Builder builder(UUID id) {
        return new Builder(id);
    }

    public UUID id() {
        return id;
    }

    /** Every touch in time order, including any after the close (which no model credits). */
    public List<Touch> touches() {
        return touches;
    }

    /**
     * How many touches, from the first, a deal's credit goes to: those at or before the close, or all of them while
     * the journey is open. Engagement after the deal was won did not win it.
     */
    public int attributableCount() {
        return attributableCount;
    }

    /** The touch at {@code index} in time order. */
    public Touch touch(int index) {
        return touches.get(index);
    }

    /**
     * When the journey first reached a milestone: {@link Milestone#FIRST_TOUCH} at the earliest touch,
     * {@link Milestone#CLOSE} at the close, the others as recorded on the builder.
     */
    public Optional<Instant> reachedAt(Milestone milestone) {
        return switch (milestone) {
            case FIRST_TOUCH -> touches.isEmpty() ? Optional.empty() : Optional.of(touches.get(0).occurredAt());
            case CLOSE -> close().map(Close::closedAt);
            default -> Optional.ofNullable(reached.get(milestone));
        };
    }

    public Optional<Close> close() {
        return Optional.ofNullable(close);
    }

    /** Whether the deal was won: the journey ends in the Markov model's conversion state rather than its null state. */
    public boolean isWon() {
        return close != null && close.outcome() == CloseOutcome.WON;
    }

    /** The revenue to credit, present for a won deal with an amount. */
    public Optional<Deal> wonDeal() {
        return close().flatMap(Close::revenue);
    }

    /**
     * The index of the attributable touch that holds a milestone's position, or {@link #NO_TOUCH}. The rule, in
     * order: the first touch for {@link Milestone#FIRST_TOUCH}; else the earliest attributable touch marked with the
     * milestone; else, if the milestone was reached, the last attributable touch at or before that time (the touch
     * that led to it); else none. A returned index is always below {@link #attributableCount()}.
     */
    public int touchIndexOf(Milestone milestone) {
        return milestoneTouch[milestone.ordinal()];
    }

    private int locate(Milestone milestone) {
        if (attributableCount == 0) {
            return NO_TOUCH;
        }
        if (milestone == Milestone.FIRST_TOUCH) {
            return 0;
        }
        for (int i = 0; i < attributableCount; i++) {
            if (touches.get(i).marks().contains(milestone)) {
                return i;
            }
        }
        return reachedAt(milestone).map(at -> Math.min(countUpTo(touches, at), attributableCount) - 1)
                .orElse(NO_TOUCH);
    }

    /** How many of the time-ordered touches happened at or before {@code at}. */
    private static int countUpTo(List<Touch> touches, Instant at) {
        int count = 0;
        while (count < touches.size() && !touches.get(count).occurredAt().isAfter(at)) {
            count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return "Journey[id=" + id + ", touches=" + touches.size() + ", reached=" + reached + ", close=" + close + "]";
    }

    /**
     * Collects a journey from a read model in any order: touches are sorted on {@link #build()}, and a milestone
     * recorded twice (a lead recycled and qualified again) keeps its first time.
     */
    public static final class Builder {

        private final UUID id;
        private final List<Touch> touches = new ArrayList<>();
        private final Map<Milestone, Instant> reached = new EnumMap<>(Milestone.class);
        private Close close;

        private Builder(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder touch(Touch touch) {
            touches.add(Objects.requireNonNull(touch, "touch"));
            return this;
        }

        public Builder touches(Collection<Touch> more) {
            more.forEach(this::touch);
            return this;
        }

        /**
         * Records when a milestone was reached; the earliest time given wins.
         *
         * @throws IllegalArgumentException for {@link Milestone#FIRST_TOUCH} and {@link Milestone#CLOSE}, whose
         *                                  times come from the touches and from {@link #closed(Close)}
         */
        public Builder reached(Milestone milestone, Instant at) {
            if (milestone == Milestone.FIRST_TOUCH || milestone == Milestone.CLOSE) {
                throw new IllegalArgumentException(milestone + " is not recorded directly");
            }
            Objects.requireNonNull(at, "at");
            reached.merge(milestone, at, (first, second) -> first.isBefore(second) ? first : second);
            return this;
        }

        /** Records how the deal closed; a later call replaces an earlier one. */
        public Builder closed(Close how) {
            this.close = Objects.requireNonNull(how, "close");
            return this;
        }

        /**
         * The journey, touches in time order.
         *
         * @throws IllegalArgumentException if two touches share an id, which would credit one engagement twice
         */
        public Journey build() {
            Set<UUID> ids = new HashSet<>();
            for (Touch touch : touches) {
                if (!ids.add(touch.touchId())) {
                    throw new IllegalArgumentException("touch " + touch.touchId() + " appears twice on journey " + id);
                }
            }
            List<Touch> ordered = new ArrayList<>(touches);
            ordered.sort(TIME_ORDER);
            return new Journey(id, List.copyOf(ordered), Map.copyOf(reached), close);
        }
    }
}
