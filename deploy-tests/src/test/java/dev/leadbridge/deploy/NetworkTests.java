package dev.leadbridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What can reach what: only the capture API and the dashboard are reachable from the Ingress, and every service
 * reaches only Kafka, its database and the cluster DNS.
 */
class NetworkTests {

    /**
     * The services that face the outside (API.md): lead-intake-service takes leads from website forms and
     * integrations; attribution-service serves the dashboard everyone reads. Everything else stays inside.
     */
    static final Set<String> PUBLIC = Set.of("lead-intake-service", "attribution-service");
    /**
     * The one call between services, caller to callee: qualification reads leads' personal-data keys from intake
     * (crypto-shredding keeps them there). Every other exchange goes through Kafka.
     */
    static final Map<String, String> SERVICE_CALLS = Map.of("qualification-service", "lead-intake-service");

    private static final String DASHBOARD = "attribution-service";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void onlyTheCaptureApiAndTheDashboardAreBehindTheIngress(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Set<String> backends = new TreeSet<>();
        for (Ingress ingress : manifests.ingresses()) {
            assertThat(ingress.getSpec().getIngressClassName()).as("ingressClassName of %s",
                    ingress.getMetadata().getName()).isNotBlank();
            assertThat(ingress.getSpec().getDefaultBackend()).as("no default backend").isNull();
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressBackend backend = path.getBackend();
                    String serviceName = backend.getService().getName();
                    backends.add(serviceName);
                    Service service = manifests.services().stream()
                            .filter(s -> s.getMetadata().getName().equals(serviceName)).findFirst().orElse(null);
                    assertThat(service).as("Ingress backend Service %s", serviceName).isNotNull();
                    var port = backend.getService().getPort();
                    assertThat(service.getSpec().getPorts()).as("Service %s has the port the Ingress uses",
                            serviceName).anyMatch(p -> port.getName() != null ? port.getName().equals(p.getName())
                            : port.getNumber().equals(p.getPort()));
                }
            }
        }
        assertThat(backends).as("services behind the Ingress").isEqualTo(new TreeSet<>(PUBLIC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlays")
    void theIngressPublishesOnlyApisAndTheDashboard(String overlay) {
        for (Ingress ingress : Manifests.overlay(overlay).ingresses()) {
            Set<String> hosts = new TreeSet<>();
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertThat(rule.getHost()).as("every Ingress rule names its host").isNotBlank();
                hosts.add(rule.getHost());
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String backend = path.getBackend().getService().getName();
                    assertThat(path.getPath()).as("no management endpoints (/q/...) through the Ingress")
                            .doesNotStartWith("/q");
                    if (!backend.equals(DASHBOARD)) {
                        assertThat(path.getPath()).as("%s is published only under /api/", backend)
                                .startsWith("/api/");
                    }
                }
            }
            List<IngressTLS> tls = ingress.getSpec().getTls();
            if (tls != null && !tls.isEmpty()) {
                Set<String> covered = new TreeSet<>();
                tls.forEach(t -> covered.addAll(t.getHosts()));
                assertThat(covered).as("TLS covers every host").containsAll(hosts);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void onlyPublicServicesAdmitTrafficAndOnlyFromTheIngressController(String overlay, String serviceName) {
        Deployment deployment = ServiceDeploymentTests.deployment(overlay, serviceName);
        Container container = ServiceDeploymentTests.container(deployment);
        List<NetworkPolicy> policies = policies(overlay, deployment);
        assertThat(policies).as("NetworkPolicies isolating %s", serviceName).isNotEmpty();
        assertThat(policies.stream().flatMap(p -> p.getSpec().getPolicyTypes().stream()).toList())
                .as("%s is isolated for ingress and egress", serviceName).contains("Ingress", "Egress");

        List<NetworkPolicyIngressRule> rules = new ArrayList<>();
        policies.forEach(p -> rules.addAll(p.getSpec().getIngress()));
        if (!PUBLIC.contains(serviceName)) {
            assertThat(rules).as("%s is not behind the Ingress: it admits no traffic", serviceName).isEmpty();
            return;
        }
        assertThat(rules).as("%s admits the ingress controller", serviceName).isNotEmpty();
        int httpPort = Integer.parseInt(Project.get().service(serviceName).config()
                .effective("quarkus.http.port", ServiceDeploymentTests.env(overlay, container)).orElse("8080"));
        for (NetworkPolicyIngressRule rule : rules) {
            assertThat(rule.getFrom()).as("an ingress rule with no 'from' admits everyone").isNotEmpty();
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getIpBlock()).as("no ipBlock peers").isNull();
                if (peer.getNamespaceSelector() == null) {
                    assertThat(callerOf(peer)).as("a pod peer of %s is a service that calls it", serviceName)
                            .isNotNull().satisfies(caller -> assertThat(SERVICE_CALLS.get(caller))
                                    .isEqualTo(serviceName));
                    continue;
                }
                assertThat(peer.getNamespaceSelector().getMatchLabels()).as("a namespace selected by label")
                        .isNotEmpty();
            }
            assertThat(rule.getPorts()).as("only the HTTP port").isNotEmpty()
                    .allMatch(p -> port(container, p) == httpPort);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.leadbridge.deploy.Sources#overlayServices")
    void serviceReachesOnlyKafkaItsDatabaseAndDns(String overlay, String serviceName) {
        Manifests manifests = Manifests.overlay(overlay);
        Deployment deployment = ServiceDeploymentTests.deployment(overlay, serviceName);
        Container container = ServiceDeploymentTests.container(deployment);
        Map<String, String> env = ServiceDeploymentTests.env(overlay, container);
        QuarkusConfig config = Project.get().service(serviceName).config();
        String bootstrap = config.effective("kafka.bootstrap.servers", env).orElseThrow();
        int kafkaPort = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        String url = config.effective("quarkus.datasource.reactive.url", env).orElseThrow();
        int databasePort = Integer.parseInt(url.replaceAll("^postgresql://[^:/]+:(\\d+)/.*$", "$1"));
        String kafka = manifests.kafka().getMetadata().getName();
        String postgres = manifests.postgres().metadata().getName();

        Set<String> reached = new TreeSet<>();
        for (NetworkPolicy policy : policies(overlay, deployment)) {
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                assertThat(rule.getTo()).as("an egress rule with no 'to' reaches everything").isNotEmpty();
                assertThat(rule.getPorts()).as("an egress rule with no ports reaches every port").isNotEmpty();
                Set<Integer> ports = new TreeSet<>();
                rule.getPorts().forEach(p -> ports.add(port(container, p)));
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    assertThat(peer.getIpBlock()).as("no ipBlock destinations").isNull();
                    String target = classify(peer, kafka, postgres);
                    String callee = SERVICE_CALLS.get(serviceName);
                    if (target == null && callee != null && callee.equals(callerOf(peer))) {
                        target = callee;
                    }
                    assertThat(target).as("egress peer %s of %s is Kafka, the database, the DNS or the service it "
                            + "calls", peer, serviceName).isNotNull();
                    Set<Integer> allowed = switch (target) {
                        case "kafka" -> Set.of(kafkaPort);
                        case "postgres" -> Set.of(databasePort);
                        case "dns" -> Set.of(53);
                        default -> Set.of(httpPortOf(overlay, target));
                    };
                    assertThat(ports).as("ports towards %s", target).isEqualTo(allowed);
                    reached.add(target);
                }
            }
        }
        assertThat(reached).as("%s can reach Kafka and its database", serviceName).contains("kafka", "postgres");
    }

    /** The service whose pods a same-namespace pod peer selects by name, if that is what it selects. */
    private static String callerOf(NetworkPolicyPeer peer) {
        LabelSelector pods = peer.getPodSelector();
        return peer.getNamespaceSelector() != null || pods == null || pods.getMatchLabels() == null ? null
                : pods.getMatchLabels().get("app.kubernetes.io/name");
    }

    private static int httpPortOf(String overlay, String serviceName) {
        Container container = ServiceDeploymentTests.container(ServiceDeploymentTests.deployment(overlay, serviceName));
        return Integer.parseInt(Project.get().service(serviceName).config()
                .effective("quarkus.http.port", ServiceDeploymentTests.env(overlay, container)).orElse("8080"));
    }

    private static String classify(NetworkPolicyPeer peer, String kafka, String postgres) {
        LabelSelector pods = peer.getPodSelector();
        Map<String, String> podLabels = pods == null || pods.getMatchLabels() == null ? Map.of() : pods.getMatchLabels();
        if (peer.getNamespaceSelector() == null) {
            if (kafka.equals(podLabels.get("strimzi.io/cluster"))) {
                return "kafka";
            }
            if (postgres.equals(podLabels.get("cnpg.io/cluster"))) {
                return "postgres";
            }
            return null;
        }
        Map<String, String> namespaces = peer.getNamespaceSelector().getMatchLabels();
        if (namespaces != null && "kube-system".equals(namespaces.get("kubernetes.io/metadata.name"))
                && "kube-dns".equals(podLabels.get("k8s-app"))) {
            return "dns";
        }
        return null;
    }

    private static List<NetworkPolicy> policies(String overlay, Deployment deployment) {
        return Manifests.overlay(overlay).networkPolicies().stream()
                .filter(p -> Manifests.selects(p.getSpec().getPodSelector(), Manifests.podLabels(deployment)))
                .toList();
    }

    private static int port(Container container, NetworkPolicyPort port) {
        IntOrString value = port.getPort();
        assertThat(value).as("NetworkPolicy ports name their port").isNotNull();
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        if (value.getStrVal().matches("\\d+")) {
            return Integer.parseInt(value.getStrVal());
        }
        return ServiceDeploymentTests.portNumber(container, value);
    }
}
