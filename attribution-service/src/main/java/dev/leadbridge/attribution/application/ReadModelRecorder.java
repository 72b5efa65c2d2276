package dev.leadbridge.attribution.application;

import dev.leadbridge.attribution.domain.privacy.ErasedVisitors;
import dev.leadbridge.attribution.persistence.LeadEntity;
import dev.leadbridge.attribution.persistence.LeadOwnerEntity;
import dev.leadbridge.attribution.persistence.MilestoneEntity;
import dev.leadbridge.attribution.persistence.MilestoneKind;
import dev.leadbridge.attribution.persistence.ReadModelRepository;
import dev.leadbridge.attribution.persistence.TouchpointEntity;
import dev.leadbridge.events.PoisonEventException;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.TouchpointRecorded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Projects events into the read model journeys and KPIs are built from. Runs inside the inbox transaction, which
 * applies each event once; the projection is also safe on its own against a lead captured twice or a touchpoint
 * delivered again (stitched), so a replay from the beginning yields the same rows.
 */
@ApplicationScoped
public class ReadModelRecorder {

    private static final Logger LOG = Logger.getLogger(ReadModelRecorder.class);

    private final ReadModelRepository repository;

    ReadModelRecorder(ReadModelRepository repository) {
        this.repository = repository;
    }

    /** Keeps the first capture of a lead: its source channel and campaign and when it was captured. */
    public Uni<Void> captured(CloudEventAttributes event, LeadCaptured captured) {
        return repository.findLead(captured.leadId()).chain(existing -> {
            if (existing != null) {
                LOG.debugf("Lead %s already known, capture event %s ignored", captured.leadId(), event.id());
                return Uni.createFrom().voidItem();
            }
            LeadEntity lead = new LeadEntity();
            lead.id = captured.leadId();
            lead.channel = captured.source().channel();
            lead.campaign = campaignOf(captured.source());
            lead.visitorId = captured.visitorId();
            lead.capturedAt = captured.capturedAt();
            lead.country = captured.country();
            LOG.debugf("Lead %s captured (event %s)", lead.id, event.id());
            return repository.persist(lead).replaceWithVoid();
        });
    }

    /**
     * A known person submitted again: a new visitor id joins that browser's touchpoints to the lead's journey. The
     * lead's channel and campaign stay those of its first capture, which is what attribution credits.
     */
    public Uni<Void> updated(CloudEventAttributes event, LeadUpdated updated) {
        return repository.findLead(updated.leadId()).invoke(lead -> {
            if (lead == null) {
                throw new PoisonEventException("lead " + updated.leadId() + " is unknown here; re-drive this update "
                        + "after its capture");
            }
            if (updated.visitorId() != null && !updated.visitorId().equals(lead.visitorId)) {
                LOG.debugf("Lead %s now known as visitor %s (event %s)", lead.id, updated.visitorId(), event.id());
                lead.visitorId = updated.visitorId();
            }
        }).replaceWithVoid();
    }

    /**
     * Inserts a touchpoint by its id, or fills in what a later delivery (a stitched one) adds: the lead id above all.
     * A touchpoint of an erased person joins their lead without its visitor id.
     */
    public Uni<Void> touchpoint(CloudEventAttributes event, TouchpointRecorded recorded) {
        Uni<UUID> erasedLead = recorded.visitorId() == null ? Uni.createFrom().nullItem()
                : repository.findErasedLead(recorded.leadId(), ErasedVisitors.fingerprint(recorded.visitorId()));
        return erasedLead.chain(erased -> record(event, erased == null ? recorded : withoutVisitor(recorded, erased)));
    }

    private static TouchpointRecorded withoutVisitor(TouchpointRecorded recorded, UUID leadId) {
        return new TouchpointRecorded(recorded.touchpointId(), leadId, null, recorded.type(), recorded.occurredAt(),
                recorded.channel(), recorded.campaign(), recorded.utmSource(), recorded.utmMedium(),
                recorded.utmCampaign(), recorded.utmTerm(), recorded.utmContent(), recorded.utmId(), recorded.url(),
                recorded.properties());
    }

    private Uni<Void> record(CloudEventAttributes event, TouchpointRecorded recorded) {
        return repository.findTouchpoint(recorded.touchpointId()).chain(existing -> {
            if (existing == null) {
                TouchpointEntity touchpoint = new TouchpointEntity();
                touchpoint.touchpointId = recorded.touchpointId();
                touchpoint.leadId = recorded.leadId();
                touchpoint.visitorId = recorded.visitorId();
                touchpoint.type = recorded.type();
                touchpoint.channel = recorded.channel();
                touchpoint.campaign = firstNonBlank(recorded.campaign(), recorded.utmCampaign());
                touchpoint.occurredAt = recorded.occurredAt();
                LOG.debugf("Touchpoint %s of lead %s recorded (event %s)", recorded.touchpointId(), recorded.leadId(),
                        event.id());
                return repository.persist(touchpoint).replaceWithVoid();
            }
            if (existing.leadId == null && recorded.leadId() != null) {
                existing.leadId = recorded.leadId();
                LOG.debugf("Touchpoint %s stitched to lead %s (event %s)", recorded.touchpointId(), recorded.leadId(),
                        event.id());
            }
            if (existing.visitorId == null && recorded.visitorId() != null) {
                existing.visitorId = recorded.visitorId();
            }
            if (existing.channel == null && recorded.channel() != null) {
                existing.channel = recorded.channel();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The person behind the lead was erased: the lead forgets its visitor id (keeping a one-way fingerprint so the
     * browser's late touchpoints still join it) and its touchpoints are no longer tied to the browser. Source,
     * milestones and amounts stay, so every figure does. A second erasure of the same lead finds nothing to do.
     */
    public Uni<Void> erased(CloudEventAttributes event, PersonErased erased) {
        return repository.findLead(erased.leadId()).chain(lead -> {
            if (lead == null) {
                throw new PoisonEventException("lead " + erased.leadId() + " is unknown here; re-drive this erasure "
                        + "after its capture");
            }
            if (lead.erasedAt != null) {
                return Uni.createFrom().voidItem();
            }
            String visitorId = lead.visitorId;
            lead.visitorId = null;
            lead.erasedVisitor = visitorId == null ? null : ErasedVisitors.fingerprint(visitorId);
            lead.erasedAt = erased.erasedAt();
            LOG.infof("Lead %s: person erased (erasure %s, event %s)", lead.id, erased.erasureId(), event.id());
            return visitorId == null ? Uni.createFrom().voidItem() : repository.forgetVisitor(lead.id, visitorId);
        });
    }

    /** The lead's team, owner (none while queued) and territory from routing or a manager's hand-over. */
    public Uni<Void> assigned(CloudEventAttributes event, LeadAssigned assigned) {
        return owned(event, assigned.leadId(), assigned.teamId(), assigned.ownerId(), assigned.territory(),
                assigned.assignedAt());
    }

    /** A new owner (and perhaps team) after an escalation or a manager's reassignment; the territory stays. */
    public Uni<Void> reassigned(CloudEventAttributes event, LeadReassigned reassigned) {
        return owned(event, reassigned.leadId(), reassigned.teamId(), reassigned.ownerId(), null,
                reassigned.reassignedAt());
    }

    /**
     * Keeps the latest owner by the time it changed, whatever order the events arrive in; an event that names no
     * territory (a hand-over, or one written before territories) keeps the one known.
     */
    private Uni<Void> owned(CloudEventAttributes event, UUID leadId, String teamId, String ownerId, String territory,
                            Instant at) {
        return repository.findOwner(leadId).chain(existing -> {
            if (existing != null && existing.assignedAt.isAfter(at)) {
                existing.territory = existing.territory == null ? territory : existing.territory;
                return Uni.createFrom().voidItem();
            }
            LeadOwnerEntity owner = existing == null ? new LeadOwnerEntity() : existing;
            owner.leadId = leadId;
            owner.teamId = teamId == null ? owner.teamId : teamId;
            owner.ownerId = ownerId;
            owner.territory = territory == null ? owner.territory : territory;
            owner.assignedAt = at;
            LOG.debugf("Lead %s: owner %s in team %s (event %s)", leadId, ownerId, owner.teamId, event.id());
            return existing == null ? repository.persist(owner).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> mql(CloudEventAttributes event, LeadMql mql) {
        MilestoneEntity milestone = milestone(event, mql.leadId(), MilestoneKind.MQL, mql.qualifiedAt());
        milestone.grade = mql.grade().name();
        return repository.persistMilestone(milestone);
    }

    public Uni<Void> accepted(CloudEventAttributes event, LeadAccepted accepted) {
        return repository.persistMilestone(
                milestone(event, accepted.leadId(), MilestoneKind.ACCEPTED, accepted.acceptedAt()));
    }

    public Uni<Void> rejected(CloudEventAttributes event, LeadRejected rejected) {
        MilestoneEntity milestone = milestone(event, rejected.leadId(), MilestoneKind.REJECTED, rejected.rejectedAt());
        milestone.reason = rejected.reason().name();
        return repository.persistMilestone(milestone);
    }

    /** The opportunity, with its expected amount: the pipeline it created. */
    public Uni<Void> converted(CloudEventAttributes event, LeadConverted converted) {
        MilestoneEntity milestone = milestone(event, converted.leadId(), MilestoneKind.CONVERTED,
                converted.convertedAt());
        milestone.amount = converted.expectedAmount();
        milestone.currency = converted.currency() == null ? null : converted.currency().getCurrencyCode();
        return repository.persistMilestone(milestone);
    }

    public Uni<Void> closed(CloudEventAttributes event, LeadClosed closed) {
        MilestoneEntity milestone = milestone(event, closed.leadId(), MilestoneKind.CLOSED, closed.closedAt());
        milestone.outcome = closed.outcome().name();
        milestone.amount = closed.amount();
        milestone.currency = closed.currency() == null ? null : closed.currency().getCurrencyCode();
        return repository.persistMilestone(milestone);
    }

    private static MilestoneEntity milestone(CloudEventAttributes event, UUID leadId, MilestoneKind kind, Instant at) {
        LOG.debugf("Lead %s: %s (event %s)", leadId, kind, event.id());
        MilestoneEntity milestone = new MilestoneEntity();
        milestone.eventId = event.id();
        milestone.leadId = leadId;
        milestone.kind = kind;
        milestone.occurredAt = at;
        return milestone;
    }

    private static String campaignOf(LeadSource source) {
        return firstNonBlank(source.campaign(), source.utmCampaign());
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
