package dev.leadbridge.qualification.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The reps and routing rules managers maintain. Both are replaced as a whole and only when they validate; a rep new to
 * the roster starts with a fresh round-robin state.
 */
@ApplicationScoped
public class RoutingConfiguration {

    private static final Logger LOG = Logger.getLogger(RoutingConfiguration.class);
    private static final TypeReference<List<RepDocument.Absence>> TIME_OFF = new TypeReference<>() {
    };

    private final RoutingRepository routing;
    private final ObjectMapper json;
    private final Clock clock;

    RoutingConfiguration(RoutingRepository routing, ObjectMapper json, Clock clock) {
        this.routing = routing;
        this.json = json;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Rep>> reps() {
        return routing.reps().map(found -> found.stream().map(this::toRep).toList());
    }

    /** Replaces the roster; reps left out are removed, their leads stay theirs until reassigned. */
    @WithTransaction
    public Uni<List<Rep>> replaceReps(List<Rep> reps) {
        List<String> problems = new Roster(reps, Map.of()).validate();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new InvalidDocumentException("the roster", problems));
        }
        return routing.lockTable()
                .chain(() -> routing.reps())
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
                })
                .invoke(() -> LOG.infof("Roster replaced: %d rep(s)", reps.size()))
                .replaceWith(reps);
    }

    @WithSession
    public Uni<RoutingTable> table() {
        return routing.table().map(this::toTable);
    }

    @WithTransaction
    public Uni<RoutingTable> replaceTable(RoutingTable table) {
        List<String> problems = table.validate();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new InvalidDocumentException("the routing table", problems));
        }
        return routing.lockTable().map(entity -> {
            entity.document = write(RoutingTableDocument.of(table));
            entity.documentVersion = RoutingTableDocument.VERSION;
            entity.version++;
            entity.updatedAt = clock.instant();
            LOG.infof("Routing table version %d published: %d rule(s)", entity.version, table.rules().size());
            return table;
        });
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
