package dev.leadbridge.intake.application;

import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.intake.domain.ApiKeys;
import dev.leadbridge.intake.persistence.ApiKeyStore;
import dev.leadbridge.intake.persistence.ApiKeyStore.StoredApiKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates, lists, revokes and verifies integration API keys. */
@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    /** A key just created: the only moment its secret is known. */
    public record CreatedApiKey(StoredApiKey stored, String key) {
    }

    private final ApiKeyStore store;
    private final ApiKeys apiKeys;
    private final Clock clock;

    ApiKeyService(ApiKeyStore store, Clock clock,
                  @ConfigProperty(name = "leadbridge.intake.api-key-pepper") String pepper) {
        this.store = store;
        this.clock = clock;
        this.apiKeys = new ApiKeys(pepper);
    }

    public Uni<CreatedApiKey> create(String name, String createdBy) {
        String key = apiKeys.generate();
        StoredApiKey stored = new StoredApiKey(CloudEvents.newEventId(clock), name, ApiKeys.prefixOf(key).orElseThrow(),
                apiKeys.hash(key), createdBy, clock.instant(), null);
        return store.insert(stored)
                .invoke(() -> LOG.infof("API key %s (%s) created by %s", stored.id(), name, createdBy))
                .replaceWith(new CreatedApiKey(stored, key));
    }

    public Uni<List<StoredApiKey>> list() {
        return store.list();
    }

    public Uni<Boolean> revoke(UUID id, String revokedBy) {
        return store.revoke(id, clock.instant())
                .invoke(found -> LOG.infof("API key %s revoked by %s (found: %s)", id, revokedBy, found));
    }

    /** The integration name of an active key matching {@code key}; empty for unknown, malformed or revoked keys. */
    public Uni<Optional<String>> verify(String key) {
        Optional<String> prefix = ApiKeys.prefixOf(key);
        if (prefix.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return store.findByPrefix(prefix.get()).map(found -> found
                .filter(StoredApiKey::active)
                .filter(stored -> apiKeys.matches(key, stored.hash()))
                .map(StoredApiKey::name));
    }
}
