package dev.leadbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.infrastructure.Ports;
import dev.leadbridge.infrastructure.testing.TopicReader;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Runs README's first command as a user would: {@code ./leadbridge up}, waits for the four services, sends a lead
 * through intake and reads it back at qualification, then stops everything with SIGINT (Ctrl-C) and checks that no
 * process and no port is left behind.
 */
class LocalRunSmokeIT {

    private static final Path ROOT = Path.of(System.getProperty("leadbridge.project.root", "..")).toAbsolutePath()
            .normalize();
    /** Kafka, the services, and Keycloak (HTTP and management). */
    private static final List<Integer> PORTS = List.of(9092, 9093, 8081, 8082, 8083, 8084, 8180, 9180);
    private static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084);

    @Test
    void localRunServesALeadEndToEndAndCtrlCLeavesNothingRunning() throws Exception {
        assertThat(PORTS.stream().filter(Ports::inUse).toList())
                .as("ports the local run needs must be free (is ./leadbridge up running?)").isEmpty();
        Path log = Files.createDirectories(ROOT.resolve("e2e-tests/target")).resolve("local-run-smoke.log");
        Instant started = Instant.now();
        Process up = new ProcessBuilder("./leadbridge", "up").directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<ProcessHandle> family = new ArrayList<>();
        try {
            awaitAllReady(up, log);
            System.out.printf("local run: all four services ready %d s after ./leadbridge up%n",
                    Duration.between(started, Instant.now()).toSeconds());

            String admin = run("./leadbridge", "token", "smoke-admin", "admin");
            String apiKey = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"name\": \"smoke-test\"}")
                    .when().post("http://localhost:8081/api/v1/api-keys")
                    .then().statusCode(201).extract().path("key");
            String leadId = given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                    .body("""
                            {"email": "smoke@example.org", "company": "Smoke Test Ltd",
                             "consent": {"marketingOptIn": true}, "source": {"channel": "organic_search"}}""")
                    .when().post("http://localhost:8081/api/v1/leads")
                    .then().statusCode(202).extract().path("leadId");
            String token = run("./leadbridge", "token", "smoke-manager", "manager");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(token)
                            .when().get("http://localhost:8082/api/v1/leads/{id}", leadId)
                            .then().statusCode(200).body("leadId", equalTo(leadId)));
            assertCapturedEventOnTopic(leadId);
            assertThat(Files.readString(log)).as("the welcome names the sign-in page, the demo users and where "
                            + "notifications go")
                    .contains("Sign in", "http://localhost:8084/", "ada (rep)", "margaret (manager)", "mary (marketing)",
                            "Demo password", "e-mails go to the sla-monitor-service log");

            family.add(up.toHandle());
            family.addAll(up.descendants().toList());
            // pg_ctl daemonises PostgreSQL, so the database is checked by its port rather than as a descendant
            assertThat(family).as("launcher, broker, Keycloak and four services").hasSizeGreaterThanOrEqualTo(7);
            int postgresPort = postgresPort(log);
            assertThat(Ports.inUse(postgresPort)).isTrue();

            interrupt(up);
            assertThat(up.waitFor(120, TimeUnit.SECONDS)).as("local run stops on SIGINT").isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> family.stream().noneMatch(ProcessHandle::isAlive));
            List<Integer> ports = new ArrayList<>(PORTS);
            ports.add(postgresPort);
            assertThat(ports.stream().filter(Ports::inUse).toList()).as("ports still in use").isEmpty();
        } finally {
            stopLeftovers(up);
        }
    }

    /** After a failure, still give the launcher the chance to stop the database it started. */
    private static void stopLeftovers(Process up) throws IOException, InterruptedException {
        if (up.isAlive()) {
            interrupt(up);
            up.waitFor(90, TimeUnit.SECONDS);
        }
        up.descendants().forEach(ProcessHandle::destroyForcibly);
        up.destroyForcibly();
    }

    private static void interrupt(Process process) throws IOException, InterruptedException {
        run("kill", "-INT", String.valueOf(process.pid()));
    }

    private static int postgresPort(Path log) throws IOException {
        Matcher port = Pattern.compile("PostgreSQL\\s+localhost:(\\d+)").matcher(Files.readString(log));
        assertThat(port.find()).as("the local run prints the PostgreSQL port").isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static void awaitAllReady(Process up, Path log) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!up.isAlive()) {
                throw new AssertionError("./leadbridge up exited with " + up.exitValue() + ":\n" + tail(log));
            }
            return SERVICE_PORTS.stream().allMatch(LocalRunSmokeIT::ready);
        });
    }

    private static boolean ready(int port) {
        try {
            return given().when().get("http://localhost:" + port + "/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    /** What `kcat -b localhost:9092 -C -t leads.captured -J` shows: the event with its ce_* headers. */
    private static void assertCapturedEventOnTopic(String leadId) {
        try (TopicReader reader = new TopicReader("localhost:9092", Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records =
                    reader.await(r -> leadId.equals(r.key()), 1, Duration.ofSeconds(10));
            assertThat(records).hasSize(1);
            CloudEventAttributes event = CloudEvents.readHeaders(records.get(0).headers());
            assertThat(event.type()).isEqualTo(EventType.LEAD_CAPTURED.ceType());
            assertThat(event.subject()).isEqualTo(leadId);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        String[] lines = output.split("\n");
        return lines[lines.length - 1];
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
