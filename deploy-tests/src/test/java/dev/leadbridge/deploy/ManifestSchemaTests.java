package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every manifest, as each overlay renders it, loads into the Kubernetes model (or Strimzi's, or the CloudNativePG
 * subset) with no unknown field, no wrong type and no missing required field.
 */
class ManifestSchemaTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#renderings")
    void everyRenderedResourceIsValid(String rendering) {
        Manifests manifests = Sources.manifests(rendering);
        List<String> problems = new ArrayList<>();
        for (ObjectNode document : manifests.documents()) {
            for (String problem : StrictModel.problems(document)) {
                problems.add(document.path("kind").asText() + " " + Kustomize.name(document) + ": " + problem);
            }
        }
        assertThat(manifests.documents()).isNotEmpty();
        assertThat(problems).as("invalid resources in %s", rendering).isEmpty();
    }

    @Test
    void everyManifestFileIsPartOfAnOverlay() throws IOException {
        Set<Path> used = new TreeSet<>();
        Sources.overlays().forEach(o -> used.addAll(Manifests.overlay(o).rendering().files()));
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(Project.get().kubernetes())) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .forEach(p -> files.add(p.toAbsolutePath().normalize()));
        }
        files.removeAll(used);
        assertThat(files).as("manifest files no overlay renders (missing from a kustomization?)").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void overlayPutsEverythingInItsOwnNamespace(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<ObjectNode> namespaces = manifests.ofKind("Namespace");
        assertThat(namespaces).as("%s declares its Namespace", overlay).hasSize(1);
        String namespace = Kustomize.name(namespaces.get(0));
        for (ObjectNode document : manifests.documents()) {
            if (!document.path("kind").asText().equals("Namespace")) {
                assertThat(document.path("metadata").path("namespace").asText())
                        .as("%s %s namespace", document.path("kind").asText(), Kustomize.name(document))
                        .isEqualTo(namespace);
            }
        }
    }
}
