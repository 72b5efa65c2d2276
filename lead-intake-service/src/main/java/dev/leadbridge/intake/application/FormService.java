package dev.leadbridge.intake.application;

import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.intake.domain.NotFoundException;
import dev.leadbridge.intake.domain.OriginNotAllowedException;
import dev.leadbridge.intake.domain.WebForm;
import dev.leadbridge.intake.persistence.WebFormEntity;
import dev.leadbridge.intake.persistence.WebFormRepository;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Registers website forms and turns their submissions into leads. */
@ApplicationScoped
public class FormService {

    private static final Logger LOG = Logger.getLogger(FormService.class);

    /** What a submission came to: a lead captured (or merged), or spam answered as if it had been. */
    public record SubmissionResult(WebForm form, CaptureOutcome outcome, boolean spam) {
    }

    private final WebFormRepository forms;
    private final LeadCaptureService captureService;
    private final IntakeMetrics metrics;
    private final Clock clock;

    FormService(WebFormRepository forms, LeadCaptureService captureService, IntakeMetrics metrics, Clock clock) {
        this.forms = forms;
        this.captureService = captureService;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Creates or replaces a form; an unusable definition is refused with its problems listed. */
    @WithTransaction
    public Uni<WebForm> define(WebForm form, String by) {
        InvalidDocumentException.throwIfAny("form " + form.id(), form.problems());
        return forms.findById(form.id()).chain(existing -> {
            WebFormEntity entity = existing == null ? new WebFormEntity() : existing;
            entity.apply(form, by, clock.instant());
            return forms.persist(entity).map(WebFormEntity::toDomain);
        });
    }

    @WithSession
    public Uni<Optional<WebForm>> find(String formId) {
        return forms.findById(formId).map(entity -> Optional.ofNullable(entity).map(WebFormEntity::toDomain));
    }

    @WithSession
    public Uni<List<WebForm>> list() {
        return forms.listAll().map(all -> all.stream().map(WebFormEntity::toDomain).toList());
    }

    @WithTransaction
    public Uni<Boolean> delete(String formId) {
        return forms.deleteById(formId);
    }

    /**
     * Takes a submission: refused (403) unless posted from an allowed origin; spam is counted and answered as if
     * captured, storing nothing, so bots learn nothing.
     */
    @WithSession
    public Uni<SubmissionResult> submit(String formId, Map<String, String> fields, String origin, String referer) {
        return forms.findById(formId).chain(entity -> {
            if (entity == null) {
                throw new NotFoundException("No form " + formId);
            }
            WebForm form = entity.toDomain();
            if (!form.allowsPostFrom(origin, referer)) {
                metrics.rejected("origin_not_allowed");
                throw new OriginNotAllowedException("This form does not accept posts from " + (origin != null
                        ? origin : referer != null ? referer : "an unnamed origin") + ".");
            }
            WebForm.Interpretation interpretation = form.interpret(fields, referer, clock.instant());
            if (interpretation instanceof WebForm.Spam spam) {
                metrics.spam(formId, spam.reason());
                LOG.infof("Form %s: spam (%s) dropped", formId, spam.reason());
                return Uni.createFrom().item(answeredAsCaptured(form));
            }
            WebForm.Lead lead = (WebForm.Lead) interpretation;
            return captureService.capture(lead.submission(), CaptureOrigin.form(formId), Optional.empty())
                    .map(outcome -> outcome.isSpam()
                            // a blocked sender is answered like any other spam
                            ? answeredAsCaptured(form)
                            : new SubmissionResult(form, outcome, false));
        });
    }

    /** Spam answered as if it had been captured, under an id no lead has, so bots learn nothing. */
    private SubmissionResult answeredAsCaptured(WebForm form) {
        return new SubmissionResult(form, CaptureOutcome.captured(CloudEvents.newEventId(clock)), true);
    }
}
