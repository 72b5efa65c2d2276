package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/** deploy/README.md tells an operator everything the manifests expect to exist. */
class DeployReadmeTests {

    @Test
    void everySecretTheManifestsReferenceIsDocumented() throws IOException {
        String readme = Files.readString(Project.get().deployReadme());
        Set<String> secrets = new TreeSet<>();
        Sources.overlays().map(Manifests::overlay).forEach(manifests -> {
            for (Deployment deployment : manifests.deployments()) {
                manifests.environment(ServiceDeploymentTests.container(deployment)).variables().values().stream()
                        .filter(v -> v.secret() != null).forEach(v -> secrets.add(v.secret()));
                for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                    if (volume.getSecret() != null) {
                        secrets.add(volume.getSecret().getSecretName());
                    }
                }
            }
            manifests.ingresses().forEach(i -> {
                if (i.getSpec().getTls() != null) {
                    i.getSpec().getTls().stream().map(IngressTLS::getSecretName).forEach(secrets::add);
                }
            });
            manifests.postgres().spec().managed().roles().forEach(r -> secrets.add(r.passwordSecret().name()));
        });
        assertThat(secrets).isNotEmpty();
        assertThat(secrets).as("Secrets deploy/README.md does not explain how to create")
                .allMatch(secret -> readme.contains("`" + secret + "`") || readme.contains(" " + secret + " "));
    }

    @Test
    void tellsHowToApplyEveryOverlay() throws IOException {
        String readme = Files.readString(Project.get().deployReadme());
        Sources.overlays().forEach(overlay -> assertThat(readme)
                .contains("kubectl apply -k deploy/kubernetes/overlays/" + overlay));
    }
}
