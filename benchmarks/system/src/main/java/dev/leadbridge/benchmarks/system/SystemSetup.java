package dev.leadbridge.benchmarks.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Configures the running system as its admins would, over the public REST APIs: an integration API key for intake,
 * and one team of reps who work around the clock with room for every lead the benchmark sends, so each strong lead is
 * assigned to a rep rather than queued.
 */
final class SystemSetup {

    private static final String TEAM = "team-benchmark";
    private static final int REPS = 10;
    private static final int REP_CAPACITY = 10_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LeadBridgeSystem system;
    private final String adminToken;
    private final HttpClient http = HttpClient.newHttpClient();

    SystemSetup(LeadBridgeSystem system) {
        this.system = system;
        this.adminToken = system.token("benchmark-admin", "admin");
    }

    /** A new integration key, as intake's JSON API wants it in {@code X-Api-Key}. */
    String apiKey() {
        String answer = send("POST", LeadBridgeService.LEAD_INTAKE, "/api/v1/api-keys", "{\"name\":\"benchmark\"}",
                201);
        try {
            return JSON.readTree(answer).get("key").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable API key answer: " + answer, e);
        }
    }

    void oneTeamWithRoomForEveryLead() {
        send("PUT", LeadBridgeService.QUALIFICATION, "/api/v1/routing-rules",
                "{\"rules\": [], \"defaultTeamId\": \"" + TEAM + "\","
                        + " \"segments\": {\"midMarketFrom\": 200, \"enterpriseFrom\": 1000}}", 200);
        String reps = IntStream.rangeClosed(1, REPS).mapToObj(i -> rep("rep-" + i))
                .collect(Collectors.joining(",", "[", "]"));
        send("PUT", LeadBridgeService.QUALIFICATION, "/api/v1/reps", reps, 200);
    }

    private static String rep(String id) {
        String shifts = Arrays.stream(DayOfWeek.values())
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"00:00\", \"end\": \"00:00\"}")
                .collect(Collectors.joining(","));
        return "{\"id\": \"" + id + "\", \"teamId\": \"" + TEAM + "\", \"active\": true, \"weight\": 1,"
                + " \"capacity\": " + REP_CAPACITY + ", \"hours\": {\"zone\": \"UTC\", \"shifts\": [" + shifts + "]},"
                + " \"timeOff\": []}";
    }

    private String send(String method, LeadBridgeService service, String path, String body, int expectedStatus) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.baseUrl(service) + path))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during setup", e);
        }
    }
}
