package dev.leadbridge.intake.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.intake.domain.LeadMerge;
import dev.leadbridge.intake.domain.LeadSubmission;
import dev.leadbridge.intake.persistence.IdempotentRequestEntity;
import dev.leadbridge.intake.persistence.IdempotentRequestRepository;
import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadRepository;
import dev.leadbridge.intake.persistence.SpamSubmissionEntity;
import dev.leadbridge.intake.persistence.SpamSubmissionRepository;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import dev.leadbridge.platform.config.DomainLists;
import dev.leadbridge.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Captures leads. The lead, its history, its touchpoints and their events are written in one transaction, so a lead
 * is never stored without being announced, nor announced without being stored, whether or not Kafka is up.
 *
 * <p>One lead per person: a submission whose e-mail address is known updates that lead (see {@link LeadMerge}) and
 * is kept as a {@code form_submission} touchpoint. A submission carrying a visitor id stitches that visitor's
 * anonymous touchpoints to the lead, so the journey starts at the true first touch.
 */
@ApplicationScoped
public class LeadCaptureService {

    private static final Logger LOG = Logger.getLogger(LeadCaptureService.class);

    /** The managed domain list of blocked senders ({@code /api/v1/blocked-domains}). */
    public static final String BLOCKED_DOMAINS = "blocked-domains";
    private static final String BLOCKED_DOMAIN = "blocked_domain";

    private final LeadRepository leads;
    private final LeadChanges leadChanges;
    private final DomainLists domainLists;
    private final SpamSubmissionRepository spamSubmissions;
    private final IdempotentRequestRepository idempotentRequests;
    private final TouchpointRecorder touchpoints;
    private final Outbox outbox;
    private final PersonalDataKeys personalDataKeys;
    private final Clock clock;
    private final ObjectMapper json;
    private final IntakeMetrics metrics;

    LeadCaptureService(LeadRepository leads, LeadChanges leadChanges, DomainLists domainLists,
                       SpamSubmissionRepository spamSubmissions,
                       IdempotentRequestRepository idempotentRequests, TouchpointRecorder touchpoints,
                       Outbox outbox, PersonalDataKeys personalDataKeys, Clock clock, ObjectMapper json,
                       IntakeMetrics metrics) {
        this.leads = leads;
        this.leadChanges = leadChanges;
        this.domainLists = domainLists;
        this.spamSubmissions = spamSubmissions;
        this.idempotentRequests = idempotentRequests;
        this.touchpoints = touchpoints;
        this.outbox = outbox;
        this.personalDataKeys = personalDataKeys;
        this.clock = clock;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Captures a submission, or, for a repeated {@code Idempotency-Key}, returns the stored outcome of the first
     * request without doing anything again.
     */
    @WithTransaction
    public Uni<CaptureOutcome> capture(LeadSubmission submission, CaptureOrigin origin,
                                       Optional<IdempotencyKey> idempotencyKey) {
        if (idempotencyKey.isEmpty()) {
            return captureOnce(submission, origin);
        }
        IdempotencyKey key = idempotencyKey.get();
        return idempotentRequests.lock(key.client(), key.key())
                .chain(() -> idempotentRequests.find(key.client(), key.key())).chain(previous -> {
            if (previous != null) {
                return Uni.createFrom().item(replay(previous, key));
            }
            return captureOnce(submission, origin).call(outcome -> remember(key, outcome));
        });
    }

    /** Forgets idempotency keys past their retention. */
    @WithTransaction
    public Uni<Long> forgetIdempotencyKeysOlderThan(Duration retention) {
        return idempotentRequests.deleteOlderThan(clock.instant().minus(retention));
    }

    /**
     * Two submissions of one new address at the same moment (a double click, a retry racing its original) must make
     * one lead and one duplicate: the lock on the address makes the second wait for the first to commit, then find
     * its lead.
     */
    private Uni<CaptureOutcome> captureOnce(LeadSubmission submission, CaptureOrigin origin) {
        return domainLists.current(BLOCKED_DOMAINS).chain(blocked -> blocked.list().match(submission.email())
                .map(domain -> keepAsSpam(domain, origin, blocked.version()))
                .orElseGet(() -> captureLead(submission, origin)));
    }

    /** A sender on the blocked domains: kept as spam with the list version that decided it, never as a lead. */
    private Uni<CaptureOutcome> keepAsSpam(String blockedDomain, CaptureOrigin origin, int listVersion) {
        SpamSubmissionEntity spam = new SpamSubmissionEntity();
        spam.id = CloudEvents.newEventId(clock);
        spam.reason = BLOCKED_DOMAIN;
        spam.emailDomain = blockedDomain;
        spam.formId = origin.formId();
        spam.integration = origin.integration();
        spam.ruleVersion = listVersion;
        spam.receivedAt = clock.instant();
        return spamSubmissions.persist(spam)
                .invoke(() -> metrics.spam(origin.formId() == null ? "api" : origin.formId(), BLOCKED_DOMAIN))
                .invoke(() -> LOG.infof("Submission via %s from blocked domain %s kept as spam (list version %d)",
                        describe(origin), blockedDomain, listVersion))
                .replaceWith(CaptureOutcome.keptAsSpam());
    }

    private Uni<CaptureOutcome> captureLead(LeadSubmission submission, CaptureOrigin origin) {
        return leads.lockEmail(submission.email())
                .chain(() -> leads.findByEmail(submission.email())).chain(existing -> existing == null
                ? createLead(submission, origin)
                : updateLead(existing, submission, origin));
    }

    private Uni<CaptureOutcome> createLead(LeadSubmission submission, CaptureOrigin origin) {
        Instant now = clock.instant();
        LeadEntity lead = LeadEntity.of(CloudEvents.newEventId(clock), submission, origin, now);
        return leads.persist(lead)
                .chain(() -> personalDataKeys.create(lead.id))
                .chain(key -> outbox.enqueue(EventType.LEAD_CAPTURED, lead.id,
                        PersonalData.seal(LeadEvents.captured(lead), key)))
                .invoke(event -> LOG.infof("Lead %s captured via %s (event %s)", lead.id, describe(origin), event.id()))
                .chain(() -> touchpoints.stitch(lead))
                .invoke(() -> metrics.captured(lead.channel))
                .replaceWith(CaptureOutcome.captured(lead.id));
    }

    /**
     * A known person submitted again: the merge rule decides what changes; a change is history and a
     * {@code lead.updated} event, so scoring, the rep's view and attribution see the new values too.
     */
    private Uni<CaptureOutcome> updateLead(LeadEntity lead, LeadSubmission submission, CaptureOrigin origin) {
        Instant now = clock.instant();
        LeadMerge.Merged merged = LeadMerge.apply(lead.person(), submission.person());
        TouchpointEntity resubmission = TouchpointEntity.ofSubmission(CloudEvents.newEventId(clock), lead.id,
                TouchpointType.FORM_SUBMISSION, submission, origin, now);
        // the most common resubmission changes nothing: it is a touchpoint, with no history and no update to announce
        return leadChanges.apply(lead, merged, now)
                .chain(() -> touchpoints.record(resubmission))
                .chain(() -> touchpoints.stitch(lead))
                .invoke(() -> LOG.infof("Lead %s submitted again via %s: %d field(s) changed",
                        lead.id, describe(origin), merged.changes().size()))
                .invoke(() -> metrics.duplicate(submission.channel()))
                .replaceWith(CaptureOutcome.duplicateOf(lead.id));
    }

    private Uni<Void> remember(IdempotencyKey key, CaptureOutcome outcome) {
        IdempotentRequestEntity request = new IdempotentRequestEntity();
        request.client = key.client();
        request.idempotencyKey = key.key();
        request.requestHash = key.requestHash();
        request.status = 202;
        request.responseBody = write(outcome);
        request.createdAt = clock.instant();
        return idempotentRequests.persist(request).replaceWithVoid();
    }

    private CaptureOutcome replay(IdempotentRequestEntity previous, IdempotencyKey key) {
        if (!previous.requestHash.equals(key.requestHash())) {
            throw new IdempotencyKeyReusedException(key.key());
        }
        LOG.debugf("Replaying the answer to Idempotency-Key %s of %s", key.key(), key.client());
        try {
            return json.readValue(previous.responseBody, CaptureOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent answer is unreadable", e);
        }
    }

    private String write(CaptureOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store idempotent answer", e);
        }
    }

    private static String describe(CaptureOrigin origin) {
        if (origin.formId() != null) {
            return "form " + origin.formId();
        }
        return origin.integration() != null ? "integration " + origin.integration() : "rep " + origin.ownerId();
    }
}
