package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The renderer the checks rely on: it does what kustomize does for the features used, and refuses the rest. */
class KustomizeTests {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {tier: front}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: web
                      image: acme/web:1.0
            """;

    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              A: "1"
              B: "2"
            """;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private void base() throws IOException {
        write("base/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [deployment.yaml, config.yaml]
                """);
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/config.yaml", CONFIG);
    }

    private static ObjectNode find(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void appliesNamespaceReplicasImagesAndPatchesInAnOverlay() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: shop
                resources: [../base]
                replicas:
                  - {name: web, count: 3}
                images:
                  - {name: acme/web, newName: localhost/acme/web, newTag: "2.0"}
                patches:
                  - path: json.yaml
                    target: {group: apps, version: v1, kind: Deployment, labelSelector: "tier=front"}
                  - path: merge.yaml
                """);
        write("overlay/json.yaml", """
                - op: add
                  path: /spec/template/spec/containers/0/env
                  value: [{name: X, value: "y"}]
                - op: replace
                  path: /spec/replicas
                  value: 2
                """);
        write("overlay/merge.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  B: "3"
                  A: null
                """);

        List<ObjectNode> resources = Kustomize.render(dir.resolve("overlay")).resources();

        ObjectNode deployment = find(resources, "Deployment");
        assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("shop");
        assertThat(deployment.at("/spec/replicas").asInt()).as("replicas wins over a patch").isEqualTo(3);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("localhost/acme/web:2.0");
        assertThat(deployment.at("/spec/template/spec/containers/0/env/0/name").asText()).isEqualTo("X");
        ObjectNode config = find(resources, "ConfigMap");
        assertThat(config.at("/data/B").asText()).isEqualTo("3");
        assertThat(config.at("/data").has("A")).as("null removes").isFalse();
        assertThat(config.at("/metadata/namespace").asText()).isEqualTo("shop");
    }

    @Test
    void refusesFieldsItDoesNotRender() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base]
                namePrefix: prod-
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("overlay")))
                .hasMessageContaining("namePrefix");
    }

    @Test
    void refusesAPatchThatMatchesNothing() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base]
                patches:
                  - path: json.yaml
                    target: {kind: StatefulSet}
                """);
        write("overlay/json.yaml", "- {op: replace, path: /spec/replicas, value: 2}\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("overlay"))).hasMessageContaining("matches no resource");
    }

    @Test
    void refusesAJsonPatchOnAMissingPath() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base]
                patches:
                  - path: json.yaml
                    target: {kind: Deployment, name: web}
                """);
        write("overlay/json.yaml", "- {op: replace, path: /spec/strategy/type, value: Recreate}\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("overlay"))).hasMessageContaining("does not exist");
    }

    @Test
    void refusesMergePatchesOnLists() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base]
                patches:
                  - path: merge.yaml
                """);
        write("overlay/merge.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers: [{name: web, image: other}]
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("overlay"))).hasMessageContaining("JSON 6902");
    }

    @Test
    void refusesDuplicatesMissingFilesAndUnknownFields() throws IOException {
        base();
        write("dup/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base, ../base/config.yaml]
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("dup"))).hasMessageContaining("defined twice");

        write("missing/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [nowhere.yaml]
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("missing"))).hasMessageContaining("does not exist");

        write("typo/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../base]
                replicas:
                  - {name: web, cuont: 2}
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("typo"))).hasMessageContaining("cuont");
    }
}
