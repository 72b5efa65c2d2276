package dev.leadbridge.intake.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Forgets idempotency keys once clients can no longer be retrying (the contract promises at least 24 hours). */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    private final LeadCaptureService captureService;
    private final Duration retention;

    IdempotencyKeyRetention(LeadCaptureService captureService,
                            @ConfigProperty(name = "leadbridge.intake.idempotency-retention", defaultValue = "PT48H")
                            Duration retention) {
        this.captureService = captureService;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetExpiredKeys() {
        return captureService.forgetIdempotencyKeysOlderThan(retention)
                .invoke(count -> LOG.debugf("Forgot %d idempotency keys", count))
                .replaceWithVoid();
    }
}
