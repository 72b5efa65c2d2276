package dev.leadbridge.intake.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.intake.domain.ApiKeys;
import dev.leadbridge.intake.persistence.ApiKeyStore;
import dev.leadbridge.intake.persistence.ApiKeyStore.StoredApiKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
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
    /**
     * Verification outcomes by the key's hash (never the key itself): every integration request carries its key, and
     * reading it from the database each time cost one round trip per lead. Unknown keys are remembered too, so a
     * client guessing keys cannot turn each guess into a query; the size bound keeps that from growing the heap.
     */
    private final Cache<String, Optional<String>> verified;

    ApiKeyService(ApiKeyStore store, Clock clock,
                  @ConfigProperty(name = "leadbridge.intake.api-key-pepper") String pepper,
                  @ConfigProperty(name = "leadbridge.intake.api-key-cache-ttl") Duration cacheTtl) {
        this.store = store;
        this.clock = clock;
        this.apiKeys = new ApiKeys(pepper);
        this.verified = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).build();
    }

    public Uni<CreatedApiKey> create(String name, String createdBy) {
        String key = apiKeys.generate();
        StoredApiKey stored = new StoredApiKey(CloudEvents.newEventId(clock), name, ApiKeys.prefixOf(key).orElseThrow(),
                apiKeys.hash(key), createdBy, clock.instant(), null);
        return store.insert(stored)
                .invoke(() -> verified.invalidateAll())
                .invoke(() -> LOG.infof("API key %s (%s) created by %s", stored.id(), name, createdBy))
                .replaceWith(new CreatedApiKey(stored, key));
    }

    public Uni<List<StoredApiKey>> list() {
        return store.list();
    }

    public Uni<Boolean> revoke(UUID id, String revokedBy) {
        return store.revoke(id, clock.instant())
                .invoke(() -> verified.invalidateAll())
                .invoke(found -> LOG.infof("API key %s revoked by %s (found: %s)", id, revokedBy, found));
    }

    /** The integration name of an active key matching {@code key}; empty for unknown, malformed or revoked keys. */
    public Uni<Optional<String>> verify(String key) {
        Optional<String> prefix = ApiKeys.prefixOf(key);
        if (prefix.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        String hash = apiKeys.hash(key);
        Optional<String> known = verified.getIfPresent(hash);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return store.findByPrefix(prefix.get()).map(found -> found
                        .filter(StoredApiKey::active)
                        .filter(stored -> ApiKeys.hashesMatch(hash, stored.hash()))
                        .map(StoredApiKey::name))
                .invoke(outcome -> verified.put(hash, outcome));
    }
}
