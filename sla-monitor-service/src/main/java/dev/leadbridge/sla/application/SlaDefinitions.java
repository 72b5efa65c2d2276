package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.time.BusinessCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The admin's SLA policies and business calendars, each a configuration with its history (kinds
 * {@value #POLICIES_KIND} and {@value #CALENDAR_KIND_PREFIX}&lt;id&gt;): validated as a whole before they are
 * published, so a clock only ever runs on a usable definition, and every version kept. The team calendar of a lead's
 * owner is the calendar whose id is the team's id; teams without one use {@value #DEFAULT_CALENDAR}. Both are seeded
 * as version 1 by the migrations, so one is always in force.
 */
@ApplicationScoped
public class SlaDefinitions {

    public static final String DEFAULT_CALENDAR = "default";
    public static final String POLICIES_KIND = "sla-policies";
    public static final String POLICIES = "the SLA policies";
    public static final String CALENDAR_KIND_PREFIX = "sla-calendar:";

    private final ConfigDocuments documents;

    SlaDefinitions(ConfigDocuments documents) {
        this.documents = documents;
    }

    /** The kind of a calendar's history. */
    public static String calendarKind(String id) {
        return CALENDAR_KIND_PREFIX + id;
    }

    /** A calendar's name for people, in problems. */
    public static String calendarName(String id) {
        return "calendar " + id;
    }

    @WithSession
    public Uni<Versioned<PolicySetDefinition>> policies() {
        return policiesInForce();
    }

    /**
     * Publishes the policy set as its next version; the set in force sent again publishes nothing. New clocks use it;
     * running clocks keep their due times.
     *
     * @throws InvalidDocumentException listing every problem; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<PolicySetDefinition>> replacePolicies(PolicySetDefinition definition, ConfigChange change) {
        return publishPolicies(definition, change).map(stored -> new Versioned<>(definition, stored.version()));
    }

    /** An earlier policy set published again as the next version, if the calendars it names still exist. */
    @WithTransaction
    public Uni<StoredDocument> restorePolicies(StoredDocument earlier, ConfigChange change) {
        return publishPolicies(EventJson.read(earlier.document(), PolicySetDefinition.class), change);
    }

    private Uni<StoredDocument> publishPolicies(PolicySetDefinition definition, ConfigChange change) {
        return calendarIds().chain(ids -> {
            InvalidDocumentException.throwIfAny("policies", definition.validate(ids));
            return documents.publish(POLICIES_KIND, EventJson.write(definition), 1, POLICIES, change);
        });
    }

    @WithSession
    public Uni<Optional<Versioned<CalendarDefinition>>> calendar(String id) {
        return documents.latest(calendarKind(id)).map(found -> found.map(SlaDefinitions::calendarOf));
    }

    /**
     * Publishes the calendar as its next version, the first creating it; the calendar in force sent again publishes
     * nothing.
     *
     * @throws InvalidDocumentException listing every problem; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<CalendarDefinition>> replaceCalendar(String id, CalendarDefinition definition,
                                                            ConfigChange change) {
        return publishCalendar(id, definition, change).map(stored -> new Versioned<>(definition, stored.version()));
    }

    /** An earlier version of the calendar published again as the next one. */
    @WithTransaction
    public Uni<StoredDocument> restoreCalendar(String id, StoredDocument earlier, ConfigChange change) {
        return publishCalendar(id, calendarOf(earlier).value(), change);
    }

    private Uni<StoredDocument> publishCalendar(String id, CalendarDefinition definition, ConfigChange change) {
        definition.toDomain(id);
        return documents.publish(calendarKind(id), EventJson.write(definition), 1, calendarName(id), change);
    }

    /** The selector over the policies in force and their version; call inside a session. */
    Uni<Versioned<PolicySelector>> selector() {
        return policiesInForce().map(policies -> new Versioned<>(policies.value().selector(), policies.version()));
    }

    /**
     * The calendar a clock runs on: the named one, else the team's, else the default; call inside a session.
     *
     * @param named the policy's calendar, if it names one
     */
    Uni<BusinessCalendar> calendarFor(Optional<String> named, String teamId) {
        String wanted = named.orElse(teamId == null ? DEFAULT_CALENDAR : teamId);
        return documents.latest(calendarKind(wanted))
                .chain(found -> found.isPresent() || wanted.equals(DEFAULT_CALENDAR)
                        ? Uni.createFrom().item(found.orElseThrow())
                        : documents.latest(calendarKind(DEFAULT_CALENDAR)).map(Optional::orElseThrow))
                .map(stored -> calendarOf(stored).value().toDomain(idOf(stored)));
    }

    /** The stored calendar by id, the default one if it is gone; call inside a session. */
    Uni<BusinessCalendar> calendarById(String id) {
        return calendarFor(Optional.of(id), null);
    }

    /** The ids of the calendars in force; call inside a session. */
    Uni<java.util.Set<String>> calendarIds() {
        return documents.kindsStartingWith(CALENDAR_KIND_PREFIX).map(kinds -> kinds.stream()
                .map(kind -> kind.substring(CALENDAR_KIND_PREFIX.length()))
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private Uni<Versioned<PolicySetDefinition>> policiesInForce() {
        return documents.latest(POLICIES_KIND).map(Optional::orElseThrow)
                .map(stored -> new Versioned<>(EventJson.read(stored.document(), PolicySetDefinition.class),
                        stored.version()));
    }

    private static Versioned<CalendarDefinition> calendarOf(StoredDocument stored) {
        return new Versioned<>(EventJson.read(stored.document(), CalendarDefinition.class), stored.version());
    }

    private static String idOf(StoredDocument stored) {
        return stored.kind().substring(CALENDAR_KIND_PREFIX.length());
    }
}
