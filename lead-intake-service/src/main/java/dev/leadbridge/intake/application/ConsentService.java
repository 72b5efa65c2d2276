package dev.leadbridge.intake.application;

import dev.leadbridge.intake.domain.LeadMerge;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.domain.PersonErasedException;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A person's marketing consent as stated outside a form: withdrawn through an unsubscribe link or a preference
 * centre, or given again. A change is history and a {@code lead.updated} event (scoring stops courting a person who
 * withdrew); stating what is already so changes nothing, so a retry or a double click is harmless.
 */
@ApplicationScoped
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class);

    private final LeadRepository leads;
    private final LeadChanges changes;
    private final Clock clock;

    ConsentService(LeadRepository leads, LeadChanges changes, Clock clock) {
        this.leads = leads;
        this.changes = changes;
        this.clock = clock;
    }

    /** What a consent statement left the lead with. */
    public record ConsentState(UUID leadId, boolean marketingOptIn, String text, Instant givenAt, boolean changed) {
    }

    /**
     * @param givenAt when consent was given; now when absent. Ignored for a withdrawal.
     * @throws NotFoundException for an unknown lead
     */
    @WithTransaction
    public Uni<ConsentState> state(UUID leadId, boolean optIn, String text, Instant givenAt) {
        return leads.findById(leadId).chain(found -> {
            if (found == null) {
                throw new NotFoundException("No lead " + leadId);
            }
            if (found.erased()) {
                throw new PersonErasedException("The person behind lead " + leadId + " was erased; no consent is "
                        + "kept for them any more.");
            }
            return locked(found).chain(lead -> apply(lead, optIn, text, givenAt));
        });
    }

    /**
     * Withdraws consent within the caller's transaction: the person unsubscribed at {@code at}. An erased person is
     * courted by nobody any more, so there is nothing to withdraw.
     */
    Uni<Void> withdraw(LeadEntity lead, Instant at) {
        if (lead.erased()) {
            return Uni.createFrom().voidItem();
        }
        return locked(lead).chain(current -> apply(current, false, null, at)).replaceWithVoid();
    }

    /**
     * The lead as it stands once this transaction holds its person's lock, which captures take too: a submission
     * committed while this one waited is seen, not overwritten.
     */
    private Uni<LeadEntity> locked(LeadEntity lead) {
        return leads.lockEmail(lead.email)
                .chain(() -> Panache.getSession())
                .chain(session -> session.refresh(lead))
                .replaceWith(lead);
    }

    private Uni<ConsentState> apply(LeadEntity lead, boolean optIn, String text, Instant givenAt) {
        Instant now = clock.instant();
        LeadMerge.Merged merged = LeadMerge.consent(lead.person(), optIn, text, givenAt == null ? now : givenAt);
        return changes.apply(lead, merged, now)
                .invoke(() -> {
                    if (merged.changedAnything()) {
                        LOG.infof("Lead %s: marketing consent %s", lead.id, optIn ? "given" : "withdrawn");
                    }
                })
                .replaceWith(() -> new ConsentState(lead.id, lead.marketingOptIn, lead.consentText, lead.consentAt,
                        merged.changedAnything()));
    }
}
