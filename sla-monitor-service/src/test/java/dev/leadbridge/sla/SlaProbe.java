package dev.leadbridge.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.infrastructure.testing.TopicReader;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the service tests look at: rows of the service's database and the alerts it published to {@code sla.alerts}.
 * Inject it into a {@code @QuarkusTest}.
 */
@Singleton
public class SlaProbe {

    /** How long to wait for the service to do something asynchronous (consume an event, fire a timer, publish). */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool database;
    private final String bootstrapServers;

    SlaProbe(Pool database, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.database = database;
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits for {@code count} alerts about the lead on {@code sla.alerts}, in the order published; fails on fewer. */
    public List<ConsumerRecord<String, String>> alerts(UUID leadId, int count) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.SLA_ALERTS)) {
            List<ConsumerRecord<String, String>> found = reader.await(r -> leadId.toString().equals(r.key()), count,
                    WAIT);
            assertThat(found).hasSize(count);
            return found;
        }
    }

    /** Waits for {@code count} states of the lead's clock on {@code sla.clocks}, in the order published. */
    public List<SlaClock> clockStates(UUID leadId, int count) {
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.SLA_CLOCKS)) {
            List<ConsumerRecord<String, String>> found = reader.await(r -> leadId.toString().equals(r.key()), count,
                    WAIT);
            assertThat(found).hasSize(count);
            return found.stream().map(r -> EventJson.read(r.value(), SlaClock.class)).toList();
        }
    }

    /**
     * The single number a query returns ({@code count(*)}, say), its parameters bound to {@code $1}, {@code $2} …
     * An {@link Instant} is bound as a timestamp with time zone, and a list as an array of its elements' type (for
     * {@code = ANY($1)}).
     */
    public long count(String sql, Object... parameters) {
        Object[] values = Arrays.stream(parameters).map(SlaProbe::bindable).toArray();
        return database.preparedQuery(sql).execute(Tuple.from(values)).await().atMost(Duration.ofSeconds(60))
                .iterator().next().getLong(0);
    }

    /** The alerts about the lead written to the outbox, sent or not (its clock announcements on sla.clocks aside). */
    public long alertsInOutbox(UUID leadId) {
        return count("SELECT count(*) FROM outbox_event WHERE ce_subject = $1 AND topic = $2", leadId.toString(),
                Topics.SLA_ALERTS);
    }

    /** The lead's timers neither fired nor cancelled. */
    public long pendingTimers(UUID leadId) {
        return count("SELECT count(*) FROM sla_timer WHERE lead_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL",
                leadId);
    }

    /** Waits until the lead has an open acceptance clock, i.e. its assignment was consumed. */
    public void awaitOpenClock(UUID leadId) {
        await().atMost(WAIT).until(() -> count(
                "SELECT count(*) FROM sla_clock WHERE lead_id = $1 AND state = 'OPEN'", leadId) == 1);
    }

    private static Object bindable(Object parameter) {
        if (parameter instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (parameter instanceof List<?> list && !list.isEmpty()) {
            Object[] typed = (Object[]) Array.newInstance(list.get(0).getClass(), list.size());
            return list.toArray(typed);
        }
        return parameter;
    }
}
