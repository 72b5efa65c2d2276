package dev.leadbridge.infrastructure.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that takes webhook calls, as a chat tool or a CRM would: it keeps every request it was sent
 * (headers, body, when it arrived) and answers 204, or a status the test chose for the next calls (a receiver that is
 * down, say).
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> nextStatuses = new ConcurrentLinkedQueue<>();
    private final AtomicInteger defaultStatus = new AtomicInteger(204);

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts a receiver on a free loopback port, answering 204 until told otherwise. */
    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook receiver", e);
        }
    }

    /** The URL of {@code path} on this receiver, e.g. {@code url("/hooks/sales")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next calls with these statuses, one each, then the default again. */
    public void answerNext(int... statuses) {
        for (int status : statuses) {
            nextStatuses.add(status);
        }
    }

    /** Answers every call from now on with {@code status} (after any {@link #answerNext} ones). */
    public void answerAlways(int status) {
        defaultStatus.set(status);
    }

    /** Every call received so far, in order of arrival. */
    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** The calls to {@code path}, in order of arrival. */
    public List<Call> callsTo(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    /** Forgets the calls so far and answers 204 again. */
    public void reset() {
        calls.clear();
        nextStatuses.clear();
        defaultStatus.set(204);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Integer chosen = nextStatuses.poll();
            int status = chosen != null ? chosen : defaultStatus.get();
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(firstValues(exchange)), body, Instant.now(), status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private static Map<String, String> firstValues(HttpExchange exchange) {
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        return headers;
    }

    /**
     * One request as it arrived, and the status it was answered with.
     *
     * @param headers the first value of each header, by name in any case
     */
    public record Call(String method, String path, Map<String, String> headers, String body, Instant receivedAt,
                       int answeredWith) {

        /** A header's value by name in any case, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }
}
