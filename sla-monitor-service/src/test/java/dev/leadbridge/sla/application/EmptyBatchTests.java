package dev.leadbridge.sla.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch writer handed nothing must write nothing and fail nothing: the timer worker's multi-row outbox insert is
 * reached by a batch of fired timers, and a batch that could be empty (Panache's {@code persist(emptyList)} fails)
 * once turned an ordinary resubmission into a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class EmptyBatchTests {

    @Inject
    Outbox outbox;

    @Test
    void anEmptyOutboxBatchWritesNoEventAndCommits() throws Throwable {
        List<CloudEventAttributes> written = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> outbox.enqueueAll(List.of())));

        assertThat(written).isEmpty();
    }
}
