package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigDocuments;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.domain.routing.Rep;
import dev.leadbridge.qualification.domain.routing.Roster;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.persistence.RepEntity;
import dev.leadbridge.qualification.persistence.RepLoadEntity;
import dev.leadbridge.qualification.persistence.RoutingRepository;
import dev.leadbridge.qualification.persistence.RoutingTableEntity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The reps and routing rules managers maintain, each a configuration with its history (kinds {@value #ROSTER_KIND}
 * and {@value #TABLE_KIND}): replaced as a whole, only when they validate, every version kept. The version in force
 * is also kept where routing reads it under its lock: the routing table row (which also names the roster version) and
 * the rep rows. A rep new to the roster starts with a fresh round-robin state.
 */
@ApplicationScoped
public class RoutingConfiguration {

    public static final String TABLE_KIND = "routing-table";
    public static final String TABLE = "the routing table";
    public static final String ROSTER_KIND = "roster";
    public static final String ROSTER = "the roster";
    private static final Logger LOG = Logger.getLogger(RoutingConfiguration.class);
    private static final TypeReference<List<RepDocument.Absence>> TIME_OFF = new TypeReference<>() {
    };
    private static final TypeReference<List<RepDocument>> ROSTER_DOCUMENT = new TypeReference<>() {
    };

    private final RoutingRepository routing;
    private final ConfigDocuments documents;
    private final ObjectMapper json;
    private final Clock clock;

    RoutingConfiguration(RoutingRepository routing, ConfigDocuments documents, ObjectMapper json, Clock clock) {
        this.routing = routing;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    @WithSession
    public Uni<Versioned<List<Rep>>> reps() {
        return routing.table().chain(table -> routing.reps()
                .map(found -> new Versioned<>(found.stream().map(this::toRep).toList(), table.rosterVersion)));
    }

    /**
     * Publishes the roster as its next version and puts it in force; reps left out are removed, their leads stay
     * theirs until reassigned. The roster in force sent again publishes nothing.
     *
     * @throws InvalidDocumentException listing every problem; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<List<Rep>>> replaceReps(List<Rep> reps, ConfigChange change) {
        return publishRoster(reps, change).map(stored -> new Versioned<>(reps, stored.version()));
    }

    /** An earlier roster published again as the next version. */
    @WithTransaction
    public Uni<StoredDocument> restoreReps(StoredDocument earlier, ConfigChange change) {
        return publishRoster(repsOf(earlier), change);
    }

    /** The reps of a stored roster version. */
    List<Rep> repsOf(StoredDocument roster) {
        return read(roster.document(), ROSTER_DOCUMENT).stream().map(RepDocument::toDomain).toList();
    }

    private Uni<StoredDocument> publishRoster(List<Rep> reps, ConfigChange change) {
        InvalidDocumentException.throwIfAny(ROSTER, new Roster(reps, Map.of()).validate());
        // the table row's lock serialises roster changes with routing decisions: none decides from half a roster
        return routing.lockTable().chain(tableRow -> documents.publish(ROSTER_KIND,
                        write(reps.stream().map(RepDocument::of).toList()), RepDocument.VERSION, ROSTER, change)
                .chain(stored -> stored.version() == tableRow.rosterVersion ? Uni.createFrom().item(stored)
                        : putInForce(reps).invoke(() -> {
                            tableRow.rosterVersion = stored.version();
                            LOG.infof("Roster version %d in force: %d rep(s)", stored.version(), reps.size());
                        }).replaceWith(stored)));
    }

    private Uni<Void> putInForce(List<Rep> reps) {
        return routing.reps()
                .chain(existing -> {
                    Map<String, RepEntity> byId = existing.stream()
                            .collect(Collectors.toMap(rep -> rep.id, Function.identity()));
                    Set<String> wanted = reps.stream().map(Rep::id).collect(Collectors.toSet());
                    List<RepEntity> removed = existing.stream().filter(rep -> !wanted.contains(rep.id)).toList();
                    List<RepEntity> added = new ArrayList<>();
                    for (Rep rep : reps) {
                        RepEntity entity = byId.get(rep.id());
                        if (entity == null) {
                            entity = new RepEntity();
                            entity.id = rep.id();
                            added.add(entity);
                        }
                        fill(entity, rep);
                    }
                    return routing.removeAll(removed).chain(() -> routing.persistAll(added));
                })
                .chain(() -> routing.lockLoads())
                .chain(loads -> {
                    Set<String> known = loads.stream().map(load -> load.repId).collect(Collectors.toSet());
                    List<RepLoadEntity> fresh = reps.stream().filter(rep -> !known.contains(rep.id()))
                            .map(rep -> {
                                RepLoadEntity load = new RepLoadEntity();
                                load.repId = rep.id();
                                return load;
                            }).toList();
                    return routing.persistAll(fresh);
                });
    }

    @WithSession
    public Uni<Versioned<RoutingTable>> table() {
        return routing.table().map(row -> new Versioned<>(toTable(row), row.version));
    }

    /**
     * Publishes the table as its next version and puts it in force; the table in force sent again publishes nothing.
     *
     * @throws InvalidDocumentException listing every problem; nothing is published then
     * @throws dev.leadbridge.platform.config.StaleConfigurationException when based on a version no longer in force
     */
    @WithTransaction
    public Uni<Versioned<RoutingTable>> replaceTable(RoutingTable table, ConfigChange change) {
        return publishTable(table, change).map(stored -> new Versioned<>(table, stored.version()));
    }

    /** An earlier table published again as the next version. */
    @WithTransaction
    public Uni<StoredDocument> restoreTable(StoredDocument earlier, ConfigChange change) {
        return publishTable(tableOf(earlier), change);
    }

    /** The routing table of a stored version. */
    RoutingTable tableOf(StoredDocument table) {
        return read(table.document(), RoutingTableDocument.class).toDomain();
    }

    private Uni<StoredDocument> publishTable(RoutingTable table, ConfigChange change) {
        InvalidDocumentException.throwIfAny(TABLE, table.validate());
        return routing.lockTable().chain(row -> documents.publish(TABLE_KIND, write(RoutingTableDocument.of(table)),
                        RoutingTableDocument.VERSION, TABLE, change)
                .invoke(stored -> {
                    if (stored.version() != row.version) {
                        row.document = stored.document();
                        row.documentVersion = stored.documentVersion();
                        row.version = stored.version();
                        row.updatedAt = stored.publishedAt();
                        LOG.infof("Routing table version %d in force: %d rule(s)", row.version, table.rules().size());
                    }
                }));
    }

    Rep toRep(RepEntity entity) {
        requireKnownVersion(entity.documentVersion, RepDocument.VERSION, "rep " + entity.id);
        return new Rep(entity.id, entity.teamId, entity.active, entity.weight, entity.capacity,
                RepDocument.workingHours(read(entity.hoursJson, RepDocument.Hours.class)),
                RepDocument.timeOffOf(read(entity.timeOffJson, TIME_OFF)));
    }

    RoutingTable toTable(RoutingTableEntity entity) {
        requireKnownVersion(entity.documentVersion, RoutingTableDocument.VERSION, "the routing table");
        return read(entity.document, RoutingTableDocument.class).toDomain();
    }

    /** Only shapes this code can read are read: a document of an unknown version fails loudly, never half-read. */
    private static void requireKnownVersion(int stored, int known, String what) {
        if (stored != known) {
            throw new IllegalStateException(what + " is stored as document version " + stored + "; this service "
                    + "reads version " + known);
        }
    }

    private void fill(RepEntity entity, Rep rep) {
        entity.teamId = rep.teamId();
        entity.active = rep.active();
        entity.weight = rep.weight();
        entity.capacity = rep.capacity();
        entity.hoursJson = write(RepDocument.hoursOf(rep.hours()));
        entity.timeOffJson = write(RepDocument.absencesOf(rep.timeOff()));
        entity.documentVersion = RepDocument.VERSION;
        entity.updatedAt = clock.instant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String document, TypeReference<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
