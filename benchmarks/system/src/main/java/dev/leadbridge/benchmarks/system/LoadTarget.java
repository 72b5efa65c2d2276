package dev.leadbridge.benchmarks.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * An endpoint under load: where lead bodies are posted and with which headers.
 *
 * @param name     as printed in the results
 * @param uri      the POST target
 * @param headers  e.g. intake's {@code X-Api-Key}
 */
record LoadTarget(String name, URI uri, Map<String, String> headers) {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    HttpRequest request(String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        headers.forEach(builder::header);
        return builder.build();
    }
}
