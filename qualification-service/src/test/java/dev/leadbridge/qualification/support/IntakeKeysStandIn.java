package dev.leadbridge.qualification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.leadbridge.events.privacy.PersonalDataKey;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for intake's internal key endpoint ({@code GET /internal/v1/lead-keys/{id}}), which qualification calls to
 * open a person's sealed fields: it answers the keys a test hands it, 410 for a lead whose person was erased, 404 for
 * any other, and 503 while a test makes intake unavailable. Only the HTTP peer is stood in; Kafka and PostgreSQL stay
 * real.
 */
public class IntakeKeysStandIn implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, PersonalDataKey> KEYS = new ConcurrentHashMap<>();
    private static final Map<UUID, Boolean> ERASED = new ConcurrentHashMap<>();
    private static volatile boolean unavailable;
    private static volatile String presentedKey;

    private HttpServer server;

    public static void holds(UUID leadId, PersonalDataKey key) {
        KEYS.put(leadId, key);
    }

    public static void erased(UUID leadId) {
        KEYS.remove(leadId);
        ERASED.put(leadId, true);
    }

    public static void unavailable(boolean down) {
        unavailable = down;
    }

    /** The X-Api-Key qualification presented last. */
    public static String presentedKey() {
        return presentedKey;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen", e);
        }
        server.createContext("/internal/v1/lead-keys/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.intake.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        presentedKey = exchange.getRequestHeaders().getFirst("X-Api-Key");
        String path = exchange.getRequestURI().getPath();
        UUID leadId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        PersonalDataKey key = KEYS.get(leadId);
        if (unavailable) {
            respond(exchange, 503, "{\"status\": 503}");
        } else if (key != null) {
            respond(exchange, 200, "{\"leadId\": \"" + leadId + "\", \"key\": \"" + key.toBase64() + "\"}");
        } else {
            respond(exchange, ERASED.containsKey(leadId) ? 410 : 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
