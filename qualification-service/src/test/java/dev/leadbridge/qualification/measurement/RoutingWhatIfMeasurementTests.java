package dev.leadbridge.qualification.measurement;

import static dev.leadbridge.qualification.support.Api.as;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.qualification.application.RoutingWhatIf;
import dev.leadbridge.qualification.persistence.RoutingHistory;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a routing what-if over 100,000 real decisions takes, beside the floor of merely reading what it reads (the
 * same decisions with their release instants, in the same pages, and the leads held at the start) measured in the
 * same run. Prints, does not assert: {@code ./mvnw verify -pl qualification-service -am -Pmeasurement}.
 */
@QuarkusTest
@Tag("measurement")
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class RoutingWhatIfMeasurementTests {

    private static final int DECISIONS = Integer.getInteger("leadbridge.measurement.routing-decisions", 100_000);
    private static final int ROUNDS = 3;
    private static final String TABLE = """
            {"rules": [{"id": "emea", "priority": 10, "teamId": "emea", "countries": ["GB", "DE", "FR"]},
                       {"id": "amer", "priority": 20, "teamId": "amer", "countries": ["US", "BR"]}],
             "defaultTeamId": "global", "segments": {"midMarketFrom": 200, "enterpriseFrom": 1000}}""";

    @Inject
    Pool pool;

    @Inject
    RoutingHistory history;

    @ConfigProperty(name = "leadbridge.qualification.routing.capacity.accepted-counts-for")
    Duration acceptedCountsFor;

    @Test
    void whatIfOverAHundredThousandDecisions() {
        as("admin-1", "admin").contentType(ContentType.JSON).body(TABLE).when().put("/api/v1/routing-rules")
                .then().statusCode(200);
        as("admin-1", "admin").contentType(ContentType.JSON).body(roster(1)).when().put("/api/v1/reps")
                .then().statusCode(200);
        Instant from = Instant.now().minus(Duration.ofDays(31));
        Instant to = Instant.now().plus(Duration.ofHours(1));
        seed(from);
        String request = "{\"reps\": " + roster(2) + ", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}";
        for (int round = 1; round <= ROUNDS; round++) {
            long floor = readFloorNanos(from, to);
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            Response answer = as("manager-1", "manager").contentType(ContentType.JSON).body(request)
                    .when().post("/api/v1/routing-rules/what-if");
            long took = System.nanoTime() - start;
            answer.then().statusCode(200);
            System.out.printf("ROUTING WHAT-IF round %d: %d decisions in %d ms = %.0f decisions/s; reading them "
                            + "alone %d ms; ratio %.1f; heap grew %d MiB; owner changes %d, queued then %d, draft %d%n",
                    round, answer.jsonPath().getInt("report.decisions"), Duration.ofNanos(took).toMillis(),
                    DECISIONS / (took / 1e9), Duration.ofNanos(floor).toMillis(), (double) took / floor,
                    (usedHeap() - heapBefore) >> 20, answer.jsonPath().getInt("report.ownerChanges"),
                    answer.jsonPath().getInt("report.queues.queuedThen"),
                    answer.jsonPath().getInt("report.queues.queuedDraft"));
        }
    }

    /**
     * Twenty reps in three teams, around the clock; the draft doubles the weight of every third rep and gives
     * everyone more room.
     */
    private static String roster(int variant) {
        return IntStream.range(0, 20).mapToObj(i -> {
            String team = i < 8 ? "emea" : i < 16 ? "amer" : "global";
            int weight = variant == 2 && i % 3 == 0 ? 2 : 1;
            return RoutingSetup.rep("rep-" + i, team, weight, variant == 2 ? 400 : 300);
        }).collect(Collectors.joining(",", "[", "]"));
    }

    /** The floor: the period's decisions read in the same pages through the same reader, and the leads held. */
    private long readFloorNanos(Instant from, Instant to) {
        long start = System.nanoTime();
        history.heldAt(from, acceptedCountsFor).await().indefinitely();
        Optional<RoutingHistory.Cursor> after = Optional.empty();
        do {
            after = history.decisions(from, to, after, RoutingWhatIf.PAGE, acceptedCountsFor).await().indefinitely()
                    .next();
        } while (after.isPresent());
        return System.nanoTime() - start;
    }

    /**
     * A hundred thousand routed leads over thirty days, a decision every 25 seconds, as the router took them round
     * robin over the twenty reps; a third accepted two hours later, nearly all the rest rejected after one, one in fifty
     * still open.
     */
    private void seed(Instant from) {
        String start = "'" + from.plus(Duration.ofHours(1)) + "'::timestamptz";
        pool.query("""
                INSERT INTO lead (id, stage, email, company_domain, company_size, country, channel, captured_at,
                                  updated_at, version, owner_id, assigned_at)
                SELECT md5('what-if' || i)::uuid, 'ASSIGNED', 'person' || i || '@company' || (i % 7000) || '.example',
                       'company' || (i % 7000) || '.example', (ARRAY[5, 50, 250, 1200, 8000])[1 + i % 5],
                       (ARRAY['GB','DE','FR','US','BR','IN'])[1 + i % 6], 'ORGANIC_SEARCH',
                       START + i * interval '25 seconds', now(), 0, 'rep-' || (i % 20),
                       START + i * interval '25 seconds'
                FROM generate_series(1, $1) AS i""".replace("$1", Integer.toString(DECISIONS))
                .replace("START", start)).execute().await().indefinitely();
        pool.query("""
                INSERT INTO lead_assignment (event_id, lead_id, decided_at, kind, owner_id, team_id, queued, rule_id,
                                             reason, explanation)
                SELECT gen_random_uuid(), md5('what-if' || i)::uuid, START + i * interval '25 seconds', 'assigned',
                       'rep-' || (i % 20), CASE WHEN i % 20 < 8 THEN 'emea' WHEN i % 20 < 16 THEN 'amer'
                       ELSE 'global' END, false, 'default', 'round_robin', 'seeded'
                FROM generate_series(1, $1) AS i""".replace("$1", Integer.toString(DECISIONS))
                .replace("START", start)).execute().await().indefinitely();
        pool.query("""
                INSERT INTO lead_stage_change (lead_id, stage, event_id, changed_at)
                SELECT md5('what-if' || i)::uuid, CASE WHEN i % 3 = 0 THEN 'ACCEPTED' ELSE 'REJECTED' END,
                       gen_random_uuid(),
                       START + i * interval '25 seconds' + CASE WHEN i % 3 = 0 THEN interval '2 hours'
                       ELSE interval '1 hour' END
                FROM generate_series(1, $1) AS i WHERE i % 50 <> 0"""
                .replace("$1", Integer.toString(DECISIONS)).replace("START", start))
                .execute().await().indefinitely();
        pool.query("ANALYZE lead").execute().await().indefinitely();
        pool.query("ANALYZE lead_assignment").execute().await().indefinitely();
        pool.query("ANALYZE lead_stage_change").execute().await().indefinitely();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
