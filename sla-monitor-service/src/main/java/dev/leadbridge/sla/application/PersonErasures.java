package dev.leadbridge.sla.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.sla.persistence.PauseRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Forgets what managers wrote about an erased person: the reasons of their lead's clock pauses ("Jane is travelling
 * until Monday") become {@link #ERASED}. Clocks, due times, pauses and outcomes stay, so compliance figures do.
 * Runs inside the inbox transaction, once per event; a lead this service never clocked has nothing to forget.
 */
@ApplicationScoped
public class PersonErasures {

    /** What an erased reason reads as: a pause still needs a reason, and readers learn why it is gone. */
    public static final String ERASED = "(erased)";

    private static final Logger LOG = Logger.getLogger(PersonErasures.class);

    private final PauseRepository pauses;

    PersonErasures(PauseRepository pauses) {
        this.pauses = pauses;
    }

    public Uni<Void> onErased(CloudEventAttributes event, PersonErased erased) {
        return pauses.update("reason = ?1 where leadId = ?2", ERASED, erased.leadId())
                .invoke(count -> LOG.infof("Lead %s: person erased, %d pause reasons forgotten (erasure %s, event %s)",
                        erased.leadId(), count, erased.erasureId(), event.id()))
                .replaceWithVoid();
    }
}
