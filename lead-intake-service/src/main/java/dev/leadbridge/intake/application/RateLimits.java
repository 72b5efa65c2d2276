package dev.leadbridge.intake.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per client IP and per API key, so one noisy script or leaked key cannot crowd out every other
 * website. Buckets live in a bounded cache: an idle client's bucket is simply rebuilt full. Limits are per
 * replica.
 */
@ApplicationScoped
public class RateLimits {

    private final long perIpPerMinute;
    private final long perApiKeyPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimits(@ConfigProperty(name = "leadbridge.intake.rate-limit.per-ip-per-minute") long perIpPerMinute,
               @ConfigProperty(name = "leadbridge.intake.rate-limit.per-api-key-per-minute") long perApiKeyPerMinute) {
        this.perIpPerMinute = perIpPerMinute;
        this.perApiKeyPerMinute = perApiKeyPerMinute;
    }

    /** Empty when the request may go ahead, else how long the client should wait. */
    public Optional<Duration> takeForIp(String ip) {
        return take("ip:" + ip, perIpPerMinute);
    }

    /**
     * A key that failed to authenticate, sent from {@code ip}: it costs the address as an anonymous request would, so
     * made-up keys use up the address's allowance.
     */
    public void refusedKey(String ip) {
        take("ip:" + ip, perIpPerMinute);
    }

    /** Empty while the address has allowance left, else how long it should wait; takes nothing. */
    public Optional<Duration> exhausted(String ip) {
        Bucket bucket = buckets.getIfPresent("ip:" + ip);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** As {@link #takeForIp}, for requests carrying an API key (identified by its public prefix). */
    public Optional<Duration> takeForApiKey(String keyPrefix) {
        return take("key:" + keyPrefix, perApiKeyPerMinute);
    }

    private Optional<Duration> take(String client, long perMinute) {
        Bucket bucket = buckets.get(client, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
