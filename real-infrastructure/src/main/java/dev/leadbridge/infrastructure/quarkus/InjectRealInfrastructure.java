package dev.leadbridge.infrastructure.quarkus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field of type {@link dev.leadbridge.infrastructure.kafka.KafkaBroker} or
 * {@link dev.leadbridge.infrastructure.postgres.PostgresServer} to receive the server that
 * {@link RealInfrastructureTestResource} started, so a fault test can stop and restart it under the application.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectRealInfrastructure {
}
