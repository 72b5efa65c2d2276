package dev.leadbridge.attribution.domain.journey;

import dev.leadbridge.events.payload.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One engagement on a journey: what attribution credits. A touch recorded for an anonymous visitor before the lead was
 * known is an ordinary touch here once stitched, so early research counts towards the first touch.
 *
 * @param channel  the channel the touch came through; a touchpoint without one should be mapped to
 *                 {@link Channel#OTHER} (or the lead's source channel) by whoever builds the journey
 * @param campaign the campaign, or {@link #NO_CAMPAIGN} when absent, so campaign totals still add up to the revenue
 * @param marks    milestones this touch is known to have caused (the form submission that created the lead, the demo
 *                 that opened the opportunity); they take precedence over the time-based rule in
 *                 {@link Journey#touchIndexOf(Milestone)}
 */
public record Touch(UUID touchId, Instant occurredAt, Channel channel, String campaign, Set<Milestone> marks) {

    /** The campaign of a touch that named none; a blank or absent campaign becomes this. */
    public static final String NO_CAMPAIGN = "(none)";

    public Touch {
        Objects.requireNonNull(touchId, "touchId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        campaign = campaign == null || campaign.isBlank() ? NO_CAMPAIGN : campaign;
        marks = marks == null ? Set.of() : Set.copyOf(marks);
        if (marks.contains(Milestone.FIRST_TOUCH)) {
            throw new IllegalArgumentException("the first touch follows from the order of touches, it is not marked");
        }
    }

    /** A touch that marks no milestone, which is most of them. */
    public Touch(UUID touchId, Instant occurredAt, Channel channel, String campaign) {
        this(touchId, occurredAt, channel, campaign, Set.of());
    }
}
