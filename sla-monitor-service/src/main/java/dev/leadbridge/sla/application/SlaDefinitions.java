package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import dev.leadbridge.sla.persistence.CalendarEntity;
import dev.leadbridge.sla.persistence.CalendarRepository;
import dev.leadbridge.sla.persistence.PolicySetEntity;
import dev.leadbridge.sla.persistence.PolicySetRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The admin's SLA policies and business calendars: validated as a whole before they are stored, so a clock only ever
 * runs on a usable definition. The team calendar of a lead's owner is the calendar whose id is the team's id; teams
 * without one use {@value #DEFAULT_CALENDAR}.
 */
@ApplicationScoped
public class SlaDefinitions {

    public static final String DEFAULT_CALENDAR = "default";
    private static final Logger LOG = Logger.getLogger(SlaDefinitions.class);

    private final PolicySetRepository policySets;
    private final CalendarRepository calendars;
    private final Clock clock;

    SlaDefinitions(PolicySetRepository policySets, CalendarRepository calendars, Clock clock) {
        this.policySets = policySets;
        this.calendars = calendars;
        this.clock = clock;
    }

    @WithSession
    public Uni<PolicySetDefinition> policies() {
        return loadPolicies();
    }

    /**
     * Replaces the policy set.
     *
     * @throws InvalidDocumentException listing every problem; nothing is stored then
     */
    @WithTransaction
    public Uni<PolicySetDefinition> replacePolicies(PolicySetDefinition definition, String actor) {
        return calendars.ids().chain(ids -> {
            InvalidDocumentException.throwIfAny("policies", definition.validate(new HashSet<>(ids)));
            return policySets.findById(PolicySetEntity.ID).chain(existing -> {
                PolicySetEntity entity = existing == null ? new PolicySetEntity() : existing;
                entity.id = PolicySetEntity.ID;
                entity.document = EventJson.write(definition);
                entity.updatedAt = clock.instant();
                entity.updatedBy = actor;
                LOG.infof("SLA policies replaced by %s: %d policies", actor, definition.policies().size());
                return existing == null ? policySets.persist(entity) : Uni.createFrom().item(entity);
            });
        }).replaceWith(definition);
    }

    @WithSession
    public Uni<Optional<CalendarDefinition>> calendar(String id) {
        return calendars.findById(id).map(entity -> Optional.ofNullable(entity)
                .map(found -> EventJson.read(found.document, CalendarDefinition.class)));
    }

    /**
     * Creates or replaces a calendar.
     *
     * @throws InvalidDocumentException listing every problem; nothing is stored then
     */
    @WithTransaction
    public Uni<CalendarDefinition> replaceCalendar(String id, CalendarDefinition definition, String actor) {
        definition.toDomain(id);
        return calendars.findById(id).chain(existing -> {
            CalendarEntity entity = existing == null ? new CalendarEntity() : existing;
            entity.id = id;
            entity.document = EventJson.write(definition);
            entity.updatedAt = clock.instant();
            entity.updatedBy = actor;
            LOG.infof("SLA calendar %s replaced by %s", id, actor);
            return existing == null ? calendars.persist(entity) : Uni.createFrom().item(entity);
        }).replaceWith(definition);
    }

    /** The selector over the stored policies; call inside a session. */
    Uni<PolicySelector> selector() {
        return loadPolicies().map(PolicySetDefinition::selector);
    }

    /**
     * The calendar a clock runs on: the named one, else the team's, else the default; call inside a session.
     *
     * @param named the policy's calendar, if it names one
     */
    Uni<BusinessCalendar> calendarFor(Optional<String> named, String teamId) {
        String wanted = named.orElse(teamId == null ? DEFAULT_CALENDAR : teamId);
        return calendars.findById(wanted)
                .chain(found -> found != null || wanted.equals(DEFAULT_CALENDAR)
                        ? Uni.createFrom().item(found)
                        : calendars.findById(DEFAULT_CALENDAR))
                .map(found -> EventJson.read(found.document, CalendarDefinition.class).toDomain(found.id));
    }

    /** The stored calendar by id, the default one if it is gone; call inside a session. */
    Uni<BusinessCalendar> calendarById(String id) {
        return calendarFor(Optional.of(id), null);
    }

    private Uni<PolicySetDefinition> loadPolicies() {
        return policySets.findById(PolicySetEntity.ID)
                .map(entity -> EventJson.read(entity.document, PolicySetDefinition.class));
    }
}
