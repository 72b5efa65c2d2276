package dev.leadbridge.qualification.measurement;

import static dev.leadbridge.qualification.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.qualification.application.ScoringBacktest;
import dev.leadbridge.qualification.persistence.LeadTimelines;
import dev.leadbridge.qualification.support.ScoringModelDrafts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a backtest of 100,000 real leads takes, beside the floor of merely reading what it reads (the same leads
 * and touchpoints, in the same pages, through the same pool) measured in the same run. Prints, does not assert:
 * {@code ./mvnw verify -pl qualification-service -am -Pmeasurement}.
 */
@QuarkusTest
@Tag("measurement")
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class BacktestMeasurementTests {

    private static final int LEADS = Integer.getInteger("leadbridge.measurement.backtest-leads", 100_000);
    private static final int TOUCHPOINTS_PER_LEAD = 4;
    private static final int ROUNDS = 3;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    @Inject
    Pool pool;

    @Inject
    LeadTimelines timelines;

    @Test
    void backtestOfAHundredThousandLeads() throws Exception {
        seed();
        String request = "{\"model\": " + new ObjectMapper().writeValueAsString(stricter()) + ", \"last\": " + LEADS
                + "}";
        for (int round = 1; round <= ROUNDS; round++) {
            long floor = readFloorNanos();
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            Response answer = as("marketing-1", "marketing").contentType(ContentType.JSON).body(request)
                    .when().post("/api/v1/scoring-model/backtest");
            long took = System.nanoTime() - start;
            answer.then().statusCode(200);
            System.out.printf("BACKTEST round %d: %d leads (%d touchpoints) in %d ms = %.0f leads/s; reading them "
                            + "alone %d ms; ratio %.1f; heap grew %d MiB; live MQLs %d, draft MQLs %d%n", round,
                    answer.jsonPath().getInt("report.leads"), LEADS * TOUCHPOINTS_PER_LEAD,
                    Duration.ofNanos(took).toMillis(), LEADS / (took / 1e9), Duration.ofNanos(floor).toMillis(),
                    (double) took / floor, (usedHeap() - heapBefore) >> 20,
                    answer.jsonPath().getInt("report.live.mqls"), answer.jsonPath().getInt("report.draft.mqls"));
        }
    }

    /** The model in use asking ten points more for an MQL. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> stricter() {
        Map<String, Object> model = ScoringModelDrafts.inUse();
        Map<String, Object> mql = (Map<String, Object>) model.get("mql");
        mql.put("minTotal", (Integer) mql.get("minTotal") + 10);
        return model;
    }

    /** The floor: the same pages of leads and their touchpoints read through the same reader, nothing scored. */
    private long readFloorNanos() {
        long start = System.nanoTime();
        Optional<LeadTimelines.Cursor> after = Optional.empty();
        Instant from = timelines.capturedAtOfLast(LEADS).await().indefinitely().orElseThrow();
        while (true) {
            List<LeadTimelines.LeadTimeline> page = timelines.page(from, END, after, ScoringBacktest.PAGE)
                    .await().indefinitely();
            if (page.isEmpty()) {
                return System.nanoTime() - start;
            }
            timelines.touchpointsOf(page.stream().map(LeadTimelines.LeadTimeline::id).toList())
                    .await().indefinitely();
            after = Optional.of(LeadTimelines.Cursor.after(page.get(page.size() - 1)));
        }
    }

    /**
     * A hundred thousand leads over the last 90 days, a mix of titles, sizes, industries and countries, with their
     * touchpoints, written straight into the tables a backtest reads.
     */
    private void seed() {
        pool.query("""
                INSERT INTO lead (id, stage, email, job_title, company_domain, company_size, industry, country,
                                  channel, captured_at, updated_at, version, accepted_at, rejection_reason)
                SELECT gen_random_uuid(),
                       (ARRAY['SCORED','MQL','ASSIGNED','ACCEPTED','RECYCLED','CLOSED_WON','CLOSED_LOST'])[1 + i % 7],
                       'person' || i || '@company' || (i % 5000) || '.example',
                       (ARRAY['VP Marketing','Head of Sales','Student','Engineer','CEO','Intern','Director IT'])[1 + i % 7],
                       'company' || (i % 5000) || '.example', (ARRAY[5, 50, 250, 1200, 8000])[1 + i % 5],
                       (ARRAY['Software','Education','Retail','Manufacturing','Finance'])[1 + i % 5],
                       (ARRAY['GB','DE','FR','US','BR','IN'])[1 + i % 6], 'organic_search',
                       now() - (i % 129600) * interval '1 minute', now(), 0,
                       CASE WHEN i % 7 IN (3, 5, 6) THEN now() END,
                       CASE WHEN i % 7 = 4 THEN 'NO_BUDGET' END
                FROM generate_series(1, $1) AS i""".replace("$1", Integer.toString(LEADS)))
                .execute().await().indefinitely();
        pool.query("""
                INSERT INTO touchpoint (touchpoint_id, lead_id, type, occurred_at, recorded_at)
                SELECT gen_random_uuid(), l.id,
                       (ARRAY['PAGE_VIEW','PRICING_PAGE_VIEW','WEBINAR_ATTENDED','DEMO_REQUEST','EMAIL_CLICK'])
                           [1 + (abs(hashtext(l.id::text)) + k) % 5],
                       l.captured_at + k * interval '6 hours', now()
                FROM lead l, generate_series(1, $1) AS k""".replace("$1", Integer.toString(TOUCHPOINTS_PER_LEAD)))
                .execute().await().indefinitely();
        pool.query("ANALYZE lead").execute().await().indefinitely();
        pool.query("ANALYZE touchpoint").execute().await().indefinitely();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
