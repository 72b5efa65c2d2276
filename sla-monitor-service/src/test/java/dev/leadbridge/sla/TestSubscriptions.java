package dev.leadbridge.sla;

import static io.restassured.RestAssured.given;

import dev.leadbridge.infrastructure.testing.TestTokens;

/** Publishes notification subscriptions over the admin API, as an admin would. */
public final class TestSubscriptions {

    private static final String ADMIN = TestTokens.token("admin-1", "admin");

    private TestSubscriptions() {
    }

    /** Publishes {@code json} (the whole set) as the next version. */
    public static void publish(String json) {
        given().auth().oauth2(ADMIN).contentType("application/json").body(json)
                .when().put("/api/v1/notifications/subscriptions")
                .then().statusCode(200);
    }

    /** Subscribes nobody, so later tests' events are told to no one. */
    public static void none() {
        publish("{\"subscriptions\": []}");
    }

    /** One subscription as JSON: an e-mail one when {@code target} has an {@code @}, else a webhook. */
    public static String subscription(String id, String audience, String target, String... triggers) {
        String channel = target.contains("@") && !target.startsWith("http") ? "\"email\"" : "\"webhookUrl\"";
        return "{\"id\": \"" + id + "\", \"audience\": \"" + audience + "\", \"triggers\": [\""
                + String.join("\", \"", triggers) + "\"], " + channel + ": \"" + target + "\"}";
    }

    /** The set of these subscriptions as JSON. */
    public static String set(String... subscriptions) {
        return "{\"subscriptions\": [" + String.join(", ", subscriptions) + "]}";
    }
}
