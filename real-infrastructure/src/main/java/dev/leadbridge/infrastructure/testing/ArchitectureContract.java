package dev.leadbridge.infrastructure.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering every service keeps, as tests each service inherits: the domain is plain Java (no Quarkus, Jakarta,
 * Hibernate, Vert.x, Mutiny or Kafka), and nothing below the API depends on it.
 */
public abstract class ArchitectureContract {

    /** The service's root package, e.g. {@code dev.leadbridge.intake}. */
    protected abstract String rootPackage();

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage(rootPackage() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "org.hibernate..", "io.vertx..", "io.smallrye..",
                        "org.apache.kafka..", "org.eclipse.microprofile..", "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    @Test
    void domainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage(rootPackage() + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        rootPackage() + ".api..", rootPackage() + ".application..", rootPackage() + ".messaging..",
                        rootPackage() + ".persistence..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    @Test
    void onlyTheApiLayerKnowsTheApi() {
        noClasses().that().resideOutsideOfPackage(rootPackage() + ".api..")
                .should().dependOnClassesThat().resideInAPackage(rootPackage() + ".api..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    /** Domain and application exceptions, not HTTP problems, leave the application layer; the API picks the status. */
    @Test
    void applicationKnowsNoHttpProblems() {
        noClasses().that().resideInAPackage(rootPackage() + ".application..")
                .should().dependOnClassesThat().resideInAPackage("dev.leadbridge.platform.problem..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    /** Persistence failures are translated below the API: resources never see Hibernate. */
    @Test
    void apiKnowsNoHibernate() {
        noClasses().that().resideInAPackage(rootPackage() + ".api..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .allowEmptyShould(true)
                .check(serviceClasses());
    }

    /** The service's own classes, tests excluded, for the rules of a service that goes further. */
    protected JavaClasses serviceClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }
}
