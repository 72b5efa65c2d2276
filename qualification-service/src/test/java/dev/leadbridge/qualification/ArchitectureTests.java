package dev.leadbridge.qualification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.leadbridge.infrastructure.testing.ArchitectureContract;
import org.junit.jupiter.api.Test;

class ArchitectureTests extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "dev.leadbridge.qualification";
    }

    /** Domain exceptions, not HTTP problems, leave the application layer; the API chooses the status. */
    @Test
    void applicationKnowsNoHttpProblems() {
        noClasses().that().resideInAPackage(rootPackage() + ".application..")
                .should().dependOnClassesThat().resideInAPackage("dev.leadbridge.platform.problem..")
                .check(serviceClasses());
    }

    /** Persistence failures are translated below the API: resources never see Hibernate. */
    @Test
    void apiKnowsNoHibernate() {
        noClasses().that().resideInAPackage(rootPackage() + ".api..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(serviceClasses());
    }
}
