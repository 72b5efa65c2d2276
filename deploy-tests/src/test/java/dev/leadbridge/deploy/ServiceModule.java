package dev.leadbridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One service as built: its module, its configuration ({@code application.properties} over the
 * {@code META-INF/microprofile-config.properties} of the service and the project modules it depends on, such as the
 * shared sign-in settings), and the configuration names its code (and those modules) reads through
 * {@code @ConfigProperty} and {@code @ConfigMapping}.
 */
record ServiceModule(String name, String artifactId, String version, Path dir, QuarkusConfig config,
                     Set<String> codeProperties, Set<String> codePrefixes) {

    /** Read by SmallRye Config from every module on the class path, below {@code application.properties}. */
    static final String MICROPROFILE_CONFIG = "META-INF/microprofile-config.properties";
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");

    static ServiceModule load(Path root, String module, PomFile rootPom) {
        Path dir = root.resolve(module);
        PomFile pom = PomFile.read(dir.resolve("pom.xml"));
        Set<String> properties = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<Path> microprofileConfigs = new ArrayList<>();
        for (Path source : sourceModules(root, dir, rootPom.groupId())) {
            scan(source.resolve("src/main/java"), properties, prefixes);
            Path microprofileConfig = source.resolve("src/main/resources/" + MICROPROFILE_CONFIG);
            if (Files.isRegularFile(microprofileConfig)) {
                microprofileConfigs.add(microprofileConfig);
            }
        }
        QuarkusConfig config = QuarkusConfig.load(dir.resolve("src/main/resources/application.properties"),
                microprofileConfigs);
        String name = config.raw().getOrDefault("quarkus.application.name", pom.artifactId());
        return new ServiceModule(name, pom.artifactId(), pom.version(), dir, config, Set.copyOf(properties),
                Set.copyOf(prefixes));
    }

    /** The service module and every project module it depends on at run time, transitively. */
    private static Set<Path> sourceModules(Path root, Path service, String projectGroupId) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.add(service);
        while (!todo.isEmpty()) {
            Path module = todo.pop();
            if (!seen.add(module)) {
                continue;
            }
            for (PomFile.Dependency dependency : PomFile.read(module.resolve("pom.xml")).dependencies()) {
                Path candidate = root.resolve(dependency.artifactId());
                if (dependency.groupId().equals(projectGroupId) && !dependency.scope().equals("test")
                        && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                    todo.add(candidate);
                }
            }
        }
        return seen;
    }

    private static void scan(Path sources, Set<String> properties, Set<String> prefixes) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher property = CONFIG_PROPERTY.matcher(code);
                while (property.find()) {
                    properties.add(property.group(1));
                }
                Matcher mapping = CONFIG_MAPPING.matcher(code);
                while (mapping.find()) {
                    prefixes.add(mapping.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the service reads this environment variable: a {@code ${VAR}} its properties reference, a property it
     * declares or its code reads (Quarkus maps {@code a.b-c} to {@code A_B_C}), or any {@code QUARKUS_*} setting.
     */
    boolean readsEnv(String variable) {
        if (variable.startsWith("QUARKUS_") || config.readableEnv().contains(variable)) {
            return true;
        }
        if (codeProperties.stream().map(QuarkusConfig::envName).anyMatch(variable::equals)) {
            return true;
        }
        return codePrefixes.stream().map(QuarkusConfig::envName).anyMatch(p -> variable.startsWith(p + "_"));
    }

    /** The image the build produces, {@code [registry/]group/name:tag}, when the build declares a group. */
    Optional<ImageRef> builtImage() {
        Map<String, String> none = Map.of();
        Optional<String> group = config.effective("quarkus.container-image.group", none);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        String imageName = config.effective("quarkus.container-image.name", none).orElse(artifactId);
        String tag = config.effective("quarkus.container-image.tag", none)
                .or(() -> config.effective("quarkus.application.version", none)).orElse(version);
        String registry = config.effective("quarkus.container-image.registry", none).orElse(null);
        return Optional.of(new ImageRef(registry, group.get() + "/" + imageName, tag, null));
    }

    /** The image name and tag Quarkus uses when the build does not say otherwise: the artifactId and version. */
    String defaultImageName() {
        return config.effective("quarkus.container-image.name", Map.of()).orElse(artifactId);
    }

    String defaultImageTag() {
        return config.effective("quarkus.container-image.tag", Map.of())
                .or(() -> config.effective("quarkus.application.version", Map.of())).orElse(version);
    }

    @Override
    public String toString() {
        return name;
    }
}
