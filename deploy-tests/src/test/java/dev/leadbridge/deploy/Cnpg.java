package dev.leadbridge.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The part of CloudNativePG's {@code postgresql.cnpg.io/v1} API the manifests use, field names as in its API
 * reference. Read strictly: a field not declared here fails the validation, so a typo cannot pass unnoticed, and a
 * field used for the first time must be added here on purpose (after checking it in CloudNativePG's API reference).
 */
final class Cnpg {

    static final String API_VERSION = "postgresql.cnpg.io/v1";

    private Cnpg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(String description, Integer instances, String imageName, Boolean enableSuperuserAccess,
                       String primaryUpdateStrategy, String primaryUpdateMethod, Storage storage,
                       Postgresql postgresql, ResourceRequirements resources, Affinity affinity, Managed managed) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, Boolean login, Boolean superuser, Boolean createdb, Boolean createrole,
                Boolean inherit, Boolean replication, Boolean bypassrls, Integer connectionLimit, String comment,
                LocalObjectReference passwordSecret) {
    }

    record LocalObjectReference(String name) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, LocalObjectReference cluster, String ensure,
                        String databaseReclaimPolicy) {
    }
}
