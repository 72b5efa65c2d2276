package dev.leadbridge.intake.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import dev.leadbridge.intake.persistence.TouchpointRepository;
import dev.leadbridge.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Stores touchpoints and announces them on {@code leads.touchpoints}, keyed by the lead id, or by the visitor id
 * while the visitor is anonymous. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class TouchpointRecorder {

    private static final Logger LOG = Logger.getLogger(TouchpointRecorder.class);

    private final TouchpointRepository touchpoints;
    private final Outbox outbox;

    TouchpointRecorder(TouchpointRepository touchpoints, Outbox outbox) {
        this.touchpoints = touchpoints;
        this.outbox = outbox;
    }

    public Uni<Void> record(TouchpointEntity touchpoint) {
        return touchpoints.persist(touchpoint).chain(() -> announce(touchpoint));
    }

    /**
     * Links the anonymous touchpoints of the lead's visitor id to the lead and announces each again, now with its
     * lead id. Touchpoint ids never change, so consumers update the touchpoint they already have.
     */
    public Uni<Void> stitch(LeadEntity lead) {
        if (lead.visitorId == null) {
            return Uni.createFrom().voidItem();
        }
        return touchpoints.anonymousOf(lead.visitorId).chain(anonymous -> {
            if (anonymous.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            LOG.infof("Lead %s: %d anonymous touchpoint(s) stitched", lead.id, anonymous.size());
            return Multi.createFrom().iterable(anonymous)
                    .onItem().transformToUniAndConcatenate(touchpoint -> {
                        touchpoint.leadId = lead.id;
                        return announce(touchpoint);
                    })
                    .collect().last().replaceWithVoid();
        });
    }

    private Uni<Void> announce(TouchpointEntity touchpoint) {
        String key = touchpoint.leadId != null ? touchpoint.leadId.toString() : touchpoint.visitorId;
        return outbox.enqueue(EventType.TOUCHPOINT_RECORDED, key, LeadEvents.touchpoint(touchpoint)).replaceWithVoid();
    }
}
