package dev.leadbridge.infrastructure.keycloak;

import dev.leadbridge.infrastructure.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak, the identity provider of the local run and of the sign-in tests, started without Docker from its
 * Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}, resolved by the build) with the LeadBridge
 * realm imported: the screens' client and one demo user per role. Keycloak needs Java 21 or newer: it runs on
 * {@code KEYCLOAK_JAVA_HOME}, else on this JVM when new enough, else on the newest Java 21+ installed beside this one.
 * Its database lives in memory, so every start begins with the realm as imported.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "leadbridge";
    public static final String CLIENT_ID = "leadbridge-web";
    /** The demo users of the realm and the role each holds; their id is their user name (a rep's id). */
    public static final Map<String, String> DEMO_USERS = demoUsers();

    private static final String REALM_RESOURCE = "/dev/leadbridge/infrastructure/keycloak/leadbridge-realm.json";
    private static final String DISTRIBUTION_RESOURCE = "/dev/leadbridge/infrastructure/keycloak/distribution.properties";
    private static final int MINIMUM_JAVA = 21;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final KeycloakOptions options;
    private final Process process;
    private final Path logFile;

    private KeycloakServer(KeycloakOptions options, Process process, Path logFile) {
        this.options = options;
        this.process = process;
        this.logFile = logFile;
    }

    /** Unpacks the distribution (once per work directory), imports the realm, starts it and waits until ready. */
    public static KeycloakServer start(KeycloakOptions options) {
        Path home = unpackedDistribution(options.workDir());
        writeRealm(home.resolve("data").resolve("import"), options);
        Path logFile = options.workDir().resolve("keycloak.log");
        KeycloakServer server = new KeycloakServer(options, launch(home, options, logFile), logFile);
        try {
            server.awaitReady();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The issuer of its tokens, which services discover the rest from ({@code OIDC_AUTH_SERVER_URL}). */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String baseUrl() {
        return "http://localhost:" + options.port();
    }

    public String clientSecret() {
        return options.clientSecret();
    }

    public String demoPassword() {
        return options.demoPassword();
    }

    /**
     * An access token for a demo user, asked for with their password as a script would (the resource-owner password
     * grant, enabled for the screens' client in this realm only).
     */
    public String accessToken(String user) {
        String form = Stream.of(Map.entry("grant_type", "password"), Map.entry("client_id", CLIENT_ID),
                        Map.entry("client_secret", options.clientSecret()), Map.entry("username", user),
                        Map.entry("password", options.demoPassword()), Map.entry("scope", "openid"))
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String body = send(request).body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": " + body);
        }
        return token.group(1);
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception stillRunning) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        URI health = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + logFile);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak not ready within " + READY_TIMEOUT + "; see " + logFile);
    }

    private static Process launch(Path home, KeycloakOptions options, Path logFile) {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev", "--db=dev-mem", "--import-realm", "--health-enabled=true",
                "--http-host=127.0.0.1", "--http-port=" + options.port(),
                "--http-management-port=" + options.managementPort(),
                "--hostname=http://localhost:" + options.port()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("JAVA_HOME", javaHome().orElseThrow(() -> new IllegalStateException(NEEDS_JAVA))
                .toString());
        // its default heap is a share of the machine's memory; the realm of a local run needs little
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    private static Path unpackedDistribution(Path workDir) {
        Properties distribution = distribution();
        Path home = workDir.resolve("keycloak-" + distribution.getProperty("version"));
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Directories.create(workDir);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(distribution.getProperty("zip"))))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = workDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(workDir)) {
                    throw new IllegalStateException("distribution entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak into " + workDir, e);
        }
        return home;
    }

    private static void writeRealm(Path importDir, KeycloakOptions options) {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            String realm = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@@CLIENT_SECRET@@", options.clientSecret())
                    .replace("@@DEMO_PASSWORD@@", options.demoPassword())
                    .replace("@@REDIRECT_URIS@@", options.redirectUris().stream()
                            .map(uri -> '"' + uri + '"').collect(Collectors.joining(", ")));
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve(REALM + "-realm.json"), realm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the realm into " + importDir, e);
        }
    }

    private static Properties distribution() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream(DISTRIBUTION_RESOURCE)) {
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the build did not record the Keycloak distribution", e);
        }
    }

    /** Why Keycloak cannot run on this machine, when no Java it can run on is found. */
    public static final String NEEDS_JAVA = "Keycloak needs Java " + MINIMUM_JAVA
            + " or newer: install one beside this Java, or set KEYCLOAK_JAVA_HOME";

    /** A Java 21+ home: KEYCLOAK_JAVA_HOME, this JVM, or the newest such JDK installed beside this one. */
    public static Optional<Path> javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= MINIMUM_JAVA) {
            return Optional.of(current);
        }
        try (Stream<Path> installed = Files.list(current.toRealPath().getParent())) {
            return installed.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .map(home -> Map.entry(home, featureVersion(home).orElse(0)))
                    .filter(home -> home.getValue() >= MINIMUM_JAVA)
                    .max(Comparator.comparing(Map.Entry::getValue))
                    .map(Map.Entry::getKey);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version a JDK's {@code release} file names (JAVA_VERSION="25.0.1" gives 25). */
    private static Optional<Integer> featureVersion(Path home) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(
                    Files.readString(home.resolve("release")));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException noRelease) {
            return Optional.empty();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("ada", "rep");
        users.put("linus", "rep");
        users.put("margaret", "manager");
        users.put("alan", "admin");
        users.put("grace", "ops");
        users.put("mary", "marketing");
        return Collections.unmodifiableMap(users);
    }
}
