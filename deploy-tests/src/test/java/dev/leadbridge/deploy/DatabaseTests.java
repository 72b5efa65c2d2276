package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudNativePG cluster against the services: each service connects to the cluster's read-write service, to a
 * database of its own, as the role that owns it, with the credentials CloudNativePG set for that role.
 */
class DatabaseTests {

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void serviceUsesItsOwnDatabaseAsItsOwner(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Cnpg.Cluster cluster = manifests.postgres();
        String clusterName = cluster.metadata().getName();
        Manifests.Environment environment = manifests.environment(
                ServiceDeploymentTests.container(ServiceDeploymentTests.deployment(overlay, serviceName)));
        Map<String, Manifests.Env> variables = environment.variables();
        QuarkusConfig config = Project.get().service(serviceName).config();
        Map<String, String> values = environment.values();

        String url = config.effective("quarkus.datasource.reactive.url", values).orElseThrow();
        assertThat(url).as("reactive URL of %s", serviceName)
                .startsWith("postgresql://" + clusterName + "-rw:5432/");
        assertThat(config.effective("quarkus.datasource.jdbc.url", values).orElseThrow())
                .as("JDBC URL (Flyway) of %s", serviceName).isEqualTo("jdbc:" + url);
        String databaseName = url.substring(url.lastIndexOf('/') + 1);

        assertThat(databaseName).as("%s gets the database its configuration names by default", serviceName)
                .isEqualTo(config.effective("quarkus.datasource.reactive.url", Map.of())
                        .map(u -> u.substring(u.lastIndexOf('/') + 1)).orElseThrow());

        Optional<Cnpg.Database> database = manifests.databases().stream()
                .filter(d -> d.spec().name().equals(databaseName)).findFirst();
        assertThat(database).as("a Database resource creates %s", databaseName).isPresent();
        assertThat(database.get().spec().cluster().name()).as("in cluster %s", clusterName).isEqualTo(clusterName);

        Manifests.Env user = variables.get(envOf(config, "quarkus.datasource.username"));
        Manifests.Env password = variables.get(envOf(config, "quarkus.datasource.password"));
        assertThat(user).as("database user of %s", serviceName).isNotNull();
        assertThat(password).as("database password of %s", serviceName).isNotNull();
        assertThat(user.secret()).as("the user comes from a Secret").isNotNull();
        assertThat(user.secretKey()).isEqualTo("username");
        assertThat(password.secret()).as("the password comes from the same Secret").isEqualTo(user.secret());
        assertThat(password.secretKey()).isEqualTo("password");

        String owner = database.get().spec().owner();
        Optional<Cnpg.Role> role = cluster.spec().managed().roles().stream().filter(r -> r.name().equals(owner))
                .findFirst();
        assertThat(role).as("the owner %s is a role the cluster manages", owner).isPresent();
        assertThat(role.get().login()).as("role %s can log in", owner).isTrue();
        assertThat(role.get().superuser()).as("role %s is no superuser", owner).isNotEqualTo(Boolean.TRUE);
        assertThat(role.get().passwordSecret()).as("role %s has its password from a Secret", owner).isNotNull();
        assertThat(role.get().passwordSecret().name())
                .as("%s logs in with the Secret CloudNativePG sets %s's password from", serviceName, owner)
                .isEqualTo(user.secret());
    }

    /** The environment variable a property takes its value from: the one its expression names. */
    private static String envOf(QuarkusConfig config, String property) {
        List<QuarkusConfig.Expression> expressions = QuarkusConfig.expressions(config.prod().get(property));
        assertThat(expressions).as("%s is set from the environment", property).hasSize(1);
        return QuarkusConfig.envName(expressions.get(0).name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void noTwoServicesShareADatabaseOrCredentials(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Set<String> databases = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (ServiceModule service : Project.get().services()) {
            Manifests.Environment environment = manifests.environment(
                    ServiceDeploymentTests.container(ServiceDeploymentTests.deployment(overlay, service.name())));
            String url = service.config().effective("quarkus.datasource.reactive.url", environment.values())
                    .orElseThrow();
            assertThat(databases.add(url)).as("%s has a database of its own", service).isTrue();
            environment.variables().values().stream().filter(v -> v.secretKey() != null
                            && v.secretKey().equals("password"))
                    .forEach(v -> assertThat(secrets.add(v.secret()))
                            .as("%s has credentials of its own", service).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void databasesOutliveTheirResources(String overlay) {
        for (Cnpg.Database database : Manifests.overlay(overlay).databases()) {
            assertThat(database.spec().databaseReclaimPolicy())
                    .as("deleting Database %s must not drop the data", database.metadata().getName())
                    .isEqualTo("retain");
        }
        assertThat(Manifests.overlay(overlay).postgres().spec().enableSuperuserAccess())
                .as("no superuser secret for applications").isFalse();
    }
}
