package dev.leadbridge.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code application.properties} as Quarkus reads it in production (the {@code prod} profile), over the
 * {@code META-INF/microprofile-config.properties} of the modules it is built from, with the environment on top: which
 * environment variables it reads, which it cannot start without, and the effective value of a property for a given
 * environment (SmallRye Config's environment mapping and {@code ${name:default}} expansion).
 */
final class QuarkusConfig {

    private static final Pattern CHANNEL_KEY =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)");

    private final Map<String, String> raw;
    private final Map<String, String> prod;

    private QuarkusConfig(Map<String, String> raw) {
        this.raw = Map.copyOf(raw);
        Map<String, String> effective = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                effective.putIfAbsent(key, value);
            }
        });
        raw.forEach((key, value) -> {
            if (key.startsWith("%") && profiles(key).contains("prod")) {
                effective.put(stripProfile(key), value);
            }
        });
        this.prod = Map.copyOf(effective);
    }

    static QuarkusConfig load(Path file) {
        return new QuarkusConfig(read(file));
    }

    /**
     * A service's {@code application.properties} over the {@code META-INF/microprofile-config.properties} files on
     * its class path: SmallRye Config reads both, the former with the higher ordinal (250 over 100), so a property
     * set in both takes the {@code application.properties} value. Two of the lower files must not disagree on a
     * property: which one wins is not defined.
     */
    static QuarkusConfig load(Path applicationProperties, List<Path> microprofileConfigs) {
        Map<String, String> lower = new LinkedHashMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        for (Path file : microprofileConfigs) {
            read(file).forEach((key, value) -> {
                String previous = lower.putIfAbsent(key, value);
                if (previous != null && !previous.equals(value)) {
                    throw new IllegalStateException(key + " is set to different values in " + origin.get(key)
                            + " and " + file);
                }
                origin.putIfAbsent(key, file);
            });
        }
        return layered(read(applicationProperties), lower);
    }

    /** Properties over lower-ordinal ones (those of {@code META-INF/microprofile-config.properties}). */
    static QuarkusConfig layered(Map<String, String> properties, Map<String, String> lowerOrdinal) {
        Map<String, String> map = new LinkedHashMap<>(lowerOrdinal);
        map.putAll(properties);
        return new QuarkusConfig(map);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    static QuarkusConfig of(Map<String, String> properties) {
        return new QuarkusConfig(properties);
    }

    /** Every property of the file, profiles included, as written. */
    Map<String, String> raw() {
        return raw;
    }

    /** The properties in force in the {@code prod} profile, before the environment. */
    Map<String, String> prod() {
        return prod;
    }

    /**
     * The environment variable SmallRye Config maps to a property name: every character that is not a letter or a
     * digit becomes {@code _}, then upper case ({@code quarkus.http.port} and {@code QUARKUS_HTTP_PORT}).
     */
    static String envName(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    /** A {@code ${name}} or {@code ${name:default}} expression at the top level of a value. */
    record Expression(String name, String defaultValue, int start, int end) {
    }

    static List<Expression> expressions(String value) {
        List<Expression> found = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int depth = 0;
            int end = -1;
            int colon = -1;
            for (int j = i + 2; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c == '{' && value.charAt(j - 1) == '$') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        end = j;
                        break;
                    }
                    depth--;
                } else if (c == ':' && depth == 0 && colon < 0) {
                    colon = j;
                }
            }
            if (end < 0) {
                throw new IllegalArgumentException("unclosed expression in " + value);
            }
            String name = value.substring(i + 2, colon < 0 ? end : colon);
            String defaultValue = colon < 0 ? null : value.substring(colon + 1, end);
            found.add(new Expression(name, defaultValue, i, end + 1));
            i = end + 1;
        }
        return found;
    }

    /** Every name a value refers to, defaults and nested expressions included. */
    static Set<String> referencedNames(String value) {
        Set<String> names = new LinkedHashSet<>();
        for (Expression expression : expressions(value)) {
            names.addAll(referencedNames(expression.name()));
            if (!expression.name().contains("${")) {
                names.add(expression.name());
            }
            if (expression.defaultValue() != null) {
                names.addAll(referencedNames(expression.defaultValue()));
            }
        }
        return names;
    }

    /**
     * The environment variables this configuration reads in production: the mapped name of every property it sets
     * ({@code %prod} ones also as {@code _PROD_...}) and of every name its values refer to.
     */
    Set<String> readableEnv() {
        Set<String> names = new TreeSet<>();
        prod.keySet().forEach(k -> names.add(envName(k)));
        raw.keySet().stream().filter(k -> k.startsWith("%") && profiles(k).contains("prod"))
                .forEach(k -> names.add("_PROD_" + envName(stripProfile(k))));
        prod.values().forEach(v -> referencedNames(v).forEach(n -> names.add(envName(n))));
        return names;
    }

    /**
     * The environment variables the service cannot start without in this environment: names its production
     * properties refer to without a default that neither the environment nor the properties provide.
     */
    Set<String> missingEnv(Map<String, String> env) {
        Set<String> missing = new TreeSet<>();
        prod.forEach((key, value) -> {
            if (!env.containsKey(envName(key))) {
                unresolved(value, env, missing, new LinkedHashSet<>());
            }
        });
        return missing;
    }

    private void unresolved(String value, Map<String, String> env, Set<String> missing, Set<String> visiting) {
        for (Expression expression : expressions(value)) {
            Optional<String> resolved = lookup(expression.name(), env, visiting);
            if (resolved.isEmpty()) {
                if (expression.defaultValue() == null) {
                    missing.add(envName(expression.name()));
                } else {
                    unresolved(expression.defaultValue(), env, missing, visiting);
                }
            }
        }
    }

    /** The value a property has in production with this environment, expressions expanded. */
    Optional<String> effective(String key, Map<String, String> env) {
        return lookup(key, env, new LinkedHashSet<>());
    }

    private Optional<String> lookup(String name, Map<String, String> env, Set<String> visiting) {
        if (env.containsKey(name)) {
            return Optional.of(env.get(name));
        }
        if (env.containsKey(envName(name))) {
            return Optional.of(env.get(envName(name)));
        }
        String value = prod.get(name);
        if (value == null || !visiting.add(name)) {
            return Optional.empty();
        }
        try {
            return expand(value, env, visiting);
        } finally {
            visiting.remove(name);
        }
    }

    private Optional<String> expand(String value, Map<String, String> env, Set<String> visiting) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Expression expression : expressions(value)) {
            out.append(value, last, expression.start());
            Optional<String> resolved = lookup(expression.name(), env, visiting);
            if (resolved.isEmpty() && expression.defaultValue() != null) {
                resolved = expand(expression.defaultValue(), env, visiting);
            }
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            out.append(resolved.get());
            last = expression.end();
        }
        out.append(value.substring(last));
        return Optional.of(out.toString());
    }

    /** Where the service answers its health checks in production with this environment. */
    record Health(int port, String live, String ready, String started) {
    }

    Health health(Map<String, String> env) {
        boolean management = Boolean.parseBoolean(effective("quarkus.management.enabled", env).orElse("false"));
        int port;
        String nonApplicationRoot;
        if (management) {
            port = Integer.parseInt(effective("quarkus.management.port", env).orElse("9000"));
            nonApplicationRoot = absolute("/", effective("quarkus.management.root-path", env).orElse("/q"));
        } else {
            port = Integer.parseInt(effective("quarkus.http.port", env).orElse("8080"));
            String root = absolute("/", effective("quarkus.http.root-path", env).orElse("/"));
            nonApplicationRoot = absolute(root, effective("quarkus.http.non-application-root-path", env).orElse("q"));
        }
        String health = absolute(nonApplicationRoot, effective("quarkus.smallrye-health.root-path", env).orElse("health"));
        return new Health(port,
                absolute(health, effective("quarkus.smallrye-health.liveness-path", env).orElse("live")),
                absolute(health, effective("quarkus.smallrye-health.readiness-path", env).orElse("ready")),
                absolute(health, effective("quarkus.smallrye-health.startup-path", env).orElse("started")));
    }

    private static String absolute(String base, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    /** How long Quarkus lets in-flight requests finish after SIGTERM; none means it stops at once. */
    Optional<Duration> shutdownTimeout(Map<String, String> env) {
        return effective("quarkus.shutdown.timeout", env).map(QuarkusConfig::duration);
    }

    /** A Quarkus duration: {@code 30}, {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}. */
    static Duration duration(String value) {
        String v = value.trim();
        if (v.startsWith("P") || v.startsWith("p")) {
            return Duration.parse(v);
        }
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d)?", Pattern.CASE_INSENSITIVE).matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + value);
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** A messaging channel and its attributes ({@code mp.messaging.incoming.<name>.<attribute>}). */
    record Channel(boolean incoming, String name, Map<String, String> attributes) {

        /** The Kafka topics of the channel: {@code topic}, else {@code topics}, else the channel's name. */
        List<String> topics() {
            if (attributes.containsKey("topic")) {
                return List.of(attributes.get("topic"));
            }
            if (attributes.containsKey("topics")) {
                return Arrays.stream(attributes.get("topics").split(",")).map(String::trim).toList();
            }
            return List.of(name);
        }

        /** The dead-letter topic, when failed records go to one (SmallRye's default name otherwise). */
        Optional<String> deadLetterTopic() {
            if (!"dead-letter-queue".equals(attributes.get("failure-strategy"))) {
                return Optional.empty();
            }
            return Optional.of(attributes.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + name));
        }
    }

    List<Channel> kafkaChannels() {
        Map<String, Channel> channels = new LinkedHashMap<>();
        prod.forEach((key, value) -> {
            Matcher m = CHANNEL_KEY.matcher(key);
            if (m.matches()) {
                boolean incoming = m.group(1).equals("incoming");
                String name = m.group(2).replace("\"", "");
                channels.computeIfAbsent((incoming ? "in:" : "out:") + name,
                        k -> new Channel(incoming, name, new LinkedHashMap<>())).attributes().put(m.group(3), value);
            }
        });
        return channels.values().stream()
                .filter(c -> "smallrye-kafka".equals(c.attributes().get("connector")))
                .toList();
    }

    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        kafkaChannels().stream().filter(Channel::incoming).forEach(c -> topics.addAll(c.topics()));
        return topics;
    }

    /** Every topic the configuration names: consumed, produced and dead-letter topics. */
    Set<String> namedTopics() {
        Set<String> topics = new TreeSet<>();
        for (Channel channel : kafkaChannels()) {
            topics.addAll(channel.topics());
            channel.deadLetterTopic().ifPresent(topics::add);
        }
        return topics;
    }

    private static List<String> profiles(String key) {
        int dot = key.indexOf('.');
        return Arrays.asList(key.substring(1, dot).split(","));
    }

    private static String stripProfile(String key) {
        return key.substring(key.indexOf('.') + 1);
    }
}
