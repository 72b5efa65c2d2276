package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.events.payload.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Reps and rules for routing tests. */
final class RoutingFixtures {

    /** A Tuesday, 13:00 in Berlin and 07:00 in New York. */
    static final Instant TUESDAY_NOON_UTC = Instant.parse("2026-11-24T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private RoutingFixtures() {
    }

    /** An active rep who works around the clock and has no time off. */
    static Rep rep(String id, String teamId, int weight, int capacity) {
        return new Rep(id, teamId, true, weight, capacity, WorkingHours.always(ZoneOffset.UTC), List.of());
    }

    static Rep inactive(Rep rep) {
        return new Rep(rep.id(), rep.teamId(), false, rep.weight(), rep.capacity(), rep.hours(), rep.timeOff());
    }

    static Rep withHours(Rep rep, WorkingHours hours) {
        return new Rep(rep.id(), rep.teamId(), rep.active(), rep.weight(), rep.capacity(), hours, rep.timeOff());
    }

    static Rep withTimeOff(Rep rep, TimeOff... timeOff) {
        return new Rep(rep.id(), rep.teamId(), rep.active(), rep.weight(), rep.capacity(), rep.hours(),
                List.of(timeOff));
    }

    /** Routing by channel, territory and segment, as a typical sales organisation sets it up. */
    static RoutingTable table() {
        return new RoutingTable(List.of(
                new RoutingRule("dach-enterprise", 10, "dach-enterprise", Set.of("DE", "AT", "CH"),
                        Set.of(Segment.ENTERPRISE), Set.of()),
                new RoutingRule("dach", 20, "dach", Set.of("DE", "AT", "CH"), Set.of(),
                        Set.of()),
                new RoutingRule("partners", 5, "partners", Set.of(), Set.of(),
                        Set.of(Channel.PARTNER))),
                "global", new SegmentBoundaries(200, 1000));
    }
}
