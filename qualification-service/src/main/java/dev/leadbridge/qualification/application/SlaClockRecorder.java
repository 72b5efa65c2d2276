package dev.leadbridge.qualification.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.qualification.persistence.LeadSlaClockRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps each lead's latest SLA clock state, so a rep's inbox can put the lead whose first response is due soonest on
 * top. The SLA monitor owns the clock and its calendar maths; this service only remembers what it last said. Runs
 * inside the inbox transaction.
 */
@ApplicationScoped
public class SlaClockRecorder {

    private static final Logger LOG = Logger.getLogger(SlaClockRecorder.class);

    private final LeadSlaClockRepository clocks;

    SlaClockRecorder(LeadSlaClockRepository clocks) {
        this.clocks = clocks;
    }

    public Uni<Void> onClock(CloudEventAttributes event, SlaClock clock) {
        return clocks.record(clock).invoke(changed -> {
            if (changed) {
                LOG.debugf("Lead %s: SLA clock %s %s, due %s (event %s)", clock.leadId(), clock.clockId(),
                        clock.state().wire(), clock.dueAt(), event.id());
            } else {
                LOG.debugf("Lead %s: SLA clock state of %s is older than the one kept; event %s ignored",
                        clock.leadId(), clock.changedAt(), event.id());
            }
        }).replaceWithVoid();
    }
}
