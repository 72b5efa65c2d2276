package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Each service's Deployment, Service, autoscaler and disruption budget, checked against the service's own
 * configuration: ports and health paths, the environment it reads and needs, and how it runs and stops.
 */
class ServiceDeploymentTests {

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void deploymentRunsTheServiceOnItsPort(String overlay, String serviceName) {
        Deployment deployment = deployment(overlay, serviceName);
        Container container = container(deployment);
        ServiceModule service = Project.get().service(serviceName);
        int port = service.config().effective("quarkus.http.port", env(overlay, container)).map(Integer::parseInt)
                .orElse(8080);

        assertThat(Manifests.selects(deployment.getSpec().getSelector(), Manifests.podLabels(deployment)))
                .as("the Deployment's selector selects its own pods").isTrue();
        assertThat(container.getPorts()).as("container ports")
                .extracting(ContainerPort::getContainerPort).contains(port);
        assertThat(container.getPorts()).as("the HTTP port is named http")
                .anyMatch(p -> "http".equals(p.getName()) && p.getContainerPort() == port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void probesAskTheServicesHealthEndpoints(String overlay, String serviceName) {
        Container container = container(deployment(overlay, serviceName));
        QuarkusConfig.Health health = Project.get().service(serviceName).config().health(env(overlay, container));

        assertProbe(container, container.getStartupProbe(), "startupProbe", health.started(), health.port());
        assertProbe(container, container.getReadinessProbe(), "readinessProbe", health.ready(), health.port());
        assertProbe(container, container.getLivenessProbe(), "livenessProbe", health.live(), health.port());
    }

    private static void assertProbe(Container container, Probe probe, String kind, String path, int port) {
        assertThat(probe).as(kind).isNotNull();
        assertThat(probe.getHttpGet()).as(kind + " is an HTTP check").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(kind + " path").isEqualTo(path);
        assertThat(portNumber(container, probe.getHttpGet().getPort())).as(kind + " port").isEqualTo(port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void setsOnlyEnvironmentVariablesTheServiceReads(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Manifests.Environment environment = manifests.environment(container(deployment(overlay, serviceName)));
        ServiceModule service = Project.get().service(serviceName);

        assertThat(environment.problems()).as("environment of %s", serviceName).isEmpty();
        assertThat(environment.variables().keySet())
                .as("variables %s does not read (not referenced by its configuration, not a property "
                        + "it declares or its code reads, not QUARKUS_*)", serviceName)
                .allMatch(service::readsEnv);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void providesEveryVariableTheServiceCannotStartWithout(String overlay, String serviceName) {
        Map<String, String> env = env(overlay, container(deployment(overlay, serviceName)));
        assertThat(Project.get().service(serviceName).config().missingEnv(env))
                .as("variables %s needs in production (no default in application.properties)", serviceName)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void filesTheConfigurationNamesAreMounted(String overlay, String serviceName) {
        Deployment deployment = deployment(overlay, serviceName);
        Container container = container(deployment);
        Map<String, String> env = env(overlay, container);
        QuarkusConfig config = Project.get().service(serviceName).config();
        for (String key : config.prod().keySet()) {
            Optional<String> value = config.effective(key, env);
            if (value.isPresent() && value.get().startsWith("file:/")) {
                Path file = Path.of(value.get().substring("file:".length()));
                assertThat(mountedFile(deployment.getSpec().getTemplate().getSpec(), container, file))
                        .as("%s = %s is a file mounted from a Secret or ConfigMap item", key, value.get())
                        .isTrue();
            }
        }
    }

    private static boolean mountedFile(PodSpec pod, Container container, Path file) {
        for (VolumeMount mount : container.getVolumeMounts()) {
            Path mountPath = Path.of(mount.getMountPath());
            if (!file.startsWith(mountPath) || file.equals(mountPath)) {
                continue;
            }
            String item = mountPath.relativize(file).toString();
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElse(null);
            if (volume == null) {
                return false;
            }
            if (volume.getSecret() != null) {
                return volume.getSecret().getItems().stream().anyMatch(i -> i.getPath().equals(item));
            }
            if (volume.getConfigMap() != null) {
                return volume.getConfigMap().getItems().stream().anyMatch(i -> i.getPath().equals(item));
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void runsAsNonRootOnAReadOnlyFilesystem(String overlay, String serviceName) {
        Deployment deployment = deployment(overlay, serviceName);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = container(deployment);
        PodSecurityContext podSecurity = pod.getSecurityContext();
        SecurityContext security = container.getSecurityContext();

        assertThat(security).as("container securityContext").isNotNull();
        boolean nonRoot = Boolean.TRUE.equals(security.getRunAsNonRoot())
                || podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        assertThat(security.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
        assertThat(security.getCapabilities()).as("capabilities").isNotNull();
        assertThat(security.getCapabilities().getDrop()).as("dropped capabilities").contains("ALL");
        String seccomp = security.getSeccompProfile() != null ? security.getSeccompProfile().getType()
                : podSecurity != null && podSecurity.getSeccompProfile() != null
                ? podSecurity.getSeccompProfile().getType() : null;
        assertThat(seccomp).as("seccompProfile").isEqualTo("RuntimeDefault");

        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst().orElse(null);
        assertThat(tmp).as("/tmp is writable (a volume) on the read-only filesystem").isNotNull();
        assertThat(pod.getVolumes()).as("/tmp is an emptyDir")
                .anyMatch(v -> v.getName().equals(tmp.getName()) && v.getEmptyDir() != null);
        assertThat(pod.getAutomountServiceAccountToken()).as("no Kubernetes API token in the pod").isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void declaresResourceRequestsAndLimits(String overlay, String serviceName) {
        Container container = container(deployment(overlay, serviceName));
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertThat(requests).as("requests").containsKeys("cpu", "memory");
        assertThat(limits).as("limits").containsKeys("cpu", "memory");
        assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                .as("memory limit at least the request")
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
        assertThat(Quantity.getAmountInBytes(limits.get("cpu")))
                .as("cpu limit at least the request")
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("cpu")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void shutsDownGracefully(String overlay, String serviceName) {
        Deployment deployment = deployment(overlay, serviceName);
        Container container = container(deployment);
        Optional<Duration> shutdownTimeout = Project.get().service(serviceName).config()
                .shutdownTimeout(env(overlay, container));
        assertThat(shutdownTimeout).as("quarkus.shutdown.timeout is set (else Quarkus drops in-flight requests)")
                .isPresent();

        assertThat(container.getLifecycle()).as("lifecycle").isNotNull();
        assertThat(container.getLifecycle().getPreStop()).as("a preStop pause while endpoints drop the pod")
                .isNotNull();
        long preStop = container.getLifecycle().getPreStop().getSleep() != null
                ? container.getLifecycle().getPreStop().getSleep().getSeconds() : 0;
        Long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        long needed = preStop + shutdownTimeout.get().toSeconds();
        assertThat(grace).as("terminationGracePeriodSeconds covers preStop (%ss) and the shutdown timeout (%ss)",
                preStop, shutdownTimeout.get().toSeconds()).isNotNull().isGreaterThan(needed);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .as("rolling updates never drop below the desired replicas")
                .isEqualTo(new IntOrString(0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void serviceSelectsExactlyThisDeploymentsPods(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Deployment deployment = deployment(overlay, serviceName);
        Container container = container(deployment);
        Service service = manifests.services().stream().filter(s -> s.getMetadata().getName().equals(serviceName))
                .findFirst().orElse(null);
        assertThat(service).as("Service %s", serviceName).isNotNull();
        Map<String, String> selector = service.getSpec().getSelector();
        for (Deployment other : manifests.deployments()) {
            assertThat(Manifests.selects(selector, Manifests.podLabels(other)))
                    .as("Service %s selects pods of %s", serviceName, other.getMetadata().getName())
                    .isEqualTo(other.getMetadata().getName().equals(serviceName));
        }
        int httpPort = Integer.parseInt(Project.get().service(serviceName).config()
                .effective("quarkus.http.port", env(overlay, container)).orElse("8080"));
        ServicePort http = service.getSpec().getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElse(null);
        assertThat(http).as("Service port named http").isNotNull();
        assertThat(portNumber(container, http.getTargetPort())).as("Service targets the HTTP port")
                .isEqualTo(httpPort);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void autoscalesWithinWhatItsTopicsAllow(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        List<HorizontalPodAutoscaler> autoscalers = manifests.autoscalers().stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                        && h.getSpec().getScaleTargetRef().getName().equals(serviceName))
                .toList();
        assertThat(autoscalers).as("one HorizontalPodAutoscaler for %s", serviceName).hasSize(1);
        HorizontalPodAutoscaler hpa = autoscalers.get(0);
        int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
        assertThat(min).as("minReplicas").isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        assertThat(hpa.getSpec().getMetrics()).as("metrics").isNotEmpty();
        Integer replicas = deployment(overlay, serviceName).getSpec().getReplicas();
        assertThat(replicas).as("Deployment replicas within the autoscaler's range").isNotNull()
                .isBetween(min, hpa.getSpec().getMaxReplicas());

        for (String topic : Project.get().service(serviceName).config().consumedTopics()) {
            manifests.topic(topic).ifPresent(t -> assertThat(hpa.getSpec().getMaxReplicas())
                    .as("maxReplicas of %s: more consumers than partitions of %s would idle", serviceName, topic)
                    .isLessThanOrEqualTo(t.getSpec().getPartitions()));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void disruptionBudgetLetsNodesDrainAndKeepsTheServiceUp(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Deployment deployment = deployment(overlay, serviceName);
        List<PodDisruptionBudget> budgets = manifests.disruptionBudgets().stream()
                .filter(b -> Manifests.selects(b.getSpec().getSelector(), Manifests.podLabels(deployment)))
                .toList();
        assertThat(budgets).as("one PodDisruptionBudget selects the pods of %s", serviceName).hasSize(1);
        PodDisruptionBudget budget = budgets.get(0);
        int replicas = manifests.autoscalers().stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(serviceName))
                .map(h -> h.getSpec().getMinReplicas()).findFirst().orElse(deployment.getSpec().getReplicas());
        int allowed = budget.getSpec().getMaxUnavailable() != null
                ? budget.getSpec().getMaxUnavailable().getIntVal()
                : replicas - budget.getSpec().getMinAvailable().getIntVal();
        assertThat(allowed).as("pods of %s that may be evicted at %d replicas (0 blocks every drain)", serviceName,
                replicas).isPositive();
        if (replicas > 1) {
            assertThat(replicas - allowed).as("pods of %s that stay up during a drain", serviceName).isPositive();
        }
    }

    static Deployment deployment(String overlay, String serviceName) {
        return Manifests.overlay(overlay).deployment(serviceName)
                .orElseThrow(() -> new AssertionError(overlay + " has no Deployment " + serviceName));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("containers of %s", deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    static Map<String, String> env(String overlay, Container container) {
        return Manifests.overlay(overlay).environment(container).values();
    }

    static int portNumber(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
