package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The images the manifests and the compose file run are the ones the services' build produces. */
class ImageTests {

    /** Every place a service's image is named: the base, each overlay, and the compose file. */
    static Map<String, ImageRef> references(String serviceName) {
        Map<String, ImageRef> references = new LinkedHashMap<>();
        Sources.renderings().forEach(r -> Sources.manifests(r).deployment(serviceName).ifPresent(d ->
                references.put(r, ImageRef.parse(ServiceDeploymentTests.container(d).getImage()))));
        Compose.load().service(serviceName).ifPresent(s -> references.put("docker-compose.yml",
                ImageRef.parse(s.path("image").asText())));
        return references;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void everyReferenceNamesTheBuildsImageNameAndVersion(String serviceName) {
        ServiceModule service = Project.get().service(serviceName);
        Map<String, ImageRef> references = references(serviceName);
        assertThat(references).as("image references of %s", serviceName).hasSize(Project.get().overlays().size() + 2);
        references.forEach((where, image) -> {
            assertThat(image.repository()).as("%s: image of %s", where, serviceName)
                    .endsWith("/" + service.defaultImageName());
            assertThat(image.tag()).as("%s: tag of %s (the project version)", where, serviceName)
                    .isEqualTo(service.defaultImageTag());
        });
        assertThat(references.values().stream().map(ImageRef::repository).distinct())
                .as("one repository for %s everywhere", serviceName).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#services")
    void everyReferenceIsTheImageTheBuildProduces(String serviceName) {
        Optional<ImageRef> built = Project.get().service(serviceName).builtImage();
        Assumptions.assumeTrue(built.isPresent(), () -> serviceName + " declares no quarkus.container-image.group "
                + "yet (deploy/README.md, \"Images\"): its image name cannot be checked against its build");
        references(serviceName).forEach((where, image) -> {
            assertThat(image.repository()).as("%s: image of %s", where, serviceName)
                    .isEqualTo(built.get().repository());
            assertThat(image.tag()).as("%s: tag of %s", where, serviceName).isEqualTo(built.get().tag());
            if (built.get().registry() != null && where.equals("docker-compose.yml")) {
                assertThat(image.registry()).as("%s: registry of %s", where, serviceName)
                        .isEqualTo(built.get().registry());
            }
        });
    }
}
