package dev.leadbridge.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;

/**
 * Renders a kustomization directory the way {@code kubectl apply -k} would, for the features this repository uses:
 * {@code resources} (files and directories), {@code namespace}, {@code patches} (JSON 6902, or a merge patch without
 * lists, with a {@code target} selector or naming its target), {@code replicas} and {@code images}. Anything else is
 * refused with an error, so a rendering never silently differs from kustomize's.
 */
final class Kustomize {

    static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";
    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "patches", "replicas", "images");
    private static final Set<String> TARGET_FIELDS = Set.of("group", "version", "kind", "name", "labelSelector");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    /** The rendered resources, and every file the rendering read (kustomizations, resources, patches). */
    record Rendering(List<ObjectNode> resources, Set<Path> files) {
    }

    private Kustomize() {
    }

    static Rendering render(Path dir) {
        Set<Path> files = new TreeSet<>();
        List<ObjectNode> resources = build(dir.toAbsolutePath().normalize(), files, new HashSet<>());
        return new Rendering(List.copyOf(resources), Set.copyOf(files));
    }

    static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalStateException(dir + " has no kustomization.yaml");
    }

    private static List<ObjectNode> build(Path dir, Set<Path> files, Set<Path> stack) {
        if (!stack.add(dir)) {
            throw new IllegalStateException("kustomization cycle at " + dir);
        }
        Path file = kustomizationFile(dir);
        files.add(file);
        JsonNode kustomization = Yaml.single(file);
        check(file, kustomization);

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            String reference = entry.asText();
            if (reference.contains("://") || reference.contains("?ref=")) {
                throw new IllegalStateException(file + ": remote resource " + reference + " is not supported");
            }
            Path path = dir.resolve(reference).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path, files, stack));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
                resources.addAll(Yaml.documents(path));
            } else {
                throw new IllegalStateException(file + ": resource " + reference + " does not exist");
            }
        }
        unique(resources, file);

        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(dir, file, patch, resources, files);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(file, image, resources);
        }
        for (JsonNode replica : kustomization.path("replicas")) {
            setReplicas(file, replica, resources);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            for (ObjectNode resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
                    metadata(resource).put("namespace", namespace);
                }
            }
        }
        stack.remove(dir);
        return resources;
    }

    private static void check(Path file, JsonNode kustomization) {
        if (!API_VERSION.equals(kustomization.path("apiVersion").asText())
                || !"Kustomization".equals(kustomization.path("kind").asText())) {
            throw new IllegalStateException(file + ": apiVersion must be " + API_VERSION + ", kind Kustomization");
        }
        for (Iterator<String> names = kustomization.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalStateException(file + ": kustomize field '" + name + "' is not supported by the "
                        + "validation's renderer (supported: " + new TreeSet<>(FIELDS) + ")");
            }
        }
        List<String> problems = StrictModel.typed(kustomization, Kustomization.class);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + problems);
        }
    }

    private static void applyPatch(Path dir, Path file, JsonNode patch, List<ObjectNode> resources, Set<Path> files) {
        JsonNode content;
        if (patch.hasNonNull("path")) {
            Path path = dir.resolve(patch.get("path").asText()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(file + ": patch " + path + " does not exist");
            }
            files.add(path);
            content = Yaml.single(path);
        } else if (patch.hasNonNull("patch")) {
            content = Yaml.parse(patch.get("patch").asText());
        } else {
            throw new IllegalStateException(file + ": a patch needs a path or a patch");
        }
        if (patch.has("options")) {
            throw new IllegalStateException(file + ": patch options are not supported");
        }
        List<Integer> targets = new ArrayList<>();
        if (patch.has("target")) {
            JsonNode target = patch.get("target");
            target.fieldNames().forEachRemaining(name -> {
                if (!TARGET_FIELDS.contains(name)) {
                    throw new IllegalStateException(file + ": patch target field '" + name + "' is not supported");
                }
            });
            for (int i = 0; i < resources.size(); i++) {
                if (selects(target, resources.get(i))) {
                    targets.add(i);
                }
            }
        } else {
            if (!content.isObject() || !content.path("metadata").has("name")) {
                throw new IllegalStateException(file + ": a patch without target must name its resource");
            }
            for (int i = 0; i < resources.size(); i++) {
                ObjectNode resource = resources.get(i);
                if (resource.path("kind").equals(content.path("kind"))
                        && resource.path("apiVersion").equals(content.path("apiVersion"))
                        && resource.path("metadata").path("name").equals(content.path("metadata").path("name"))) {
                    targets.add(i);
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException(file + ": patch " + patch + " matches no resource");
        }
        for (int i : targets) {
            ObjectNode copy = resources.get(i).deepCopy();
            if (content.isArray()) {
                try {
                    JsonPatch.apply(copy, content);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ": patch " + patch + " on "
                            + copy.path("kind").asText() + " " + name(copy) + ": " + e.getMessage(), e);
                }
            } else if (content.isObject()) {
                noLists(file, content, "");
                merge(copy, (ObjectNode) content);
            } else {
                throw new IllegalStateException(file + ": a patch is a list of operations or a mapping");
            }
            resources.set(i, copy);
        }
    }

    /** Kustomize merges lists in strategic-merge patches by keys only it knows; such patches must be JSON 6902. */
    private static void noLists(Path file, JsonNode node, String path) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                throw new IllegalStateException(file + ": merge patch sets a list at " + path + "/" + field.getKey()
                        + "; use a JSON 6902 patch for lists");
            }
            noLists(file, field.getValue(), path + "/" + field.getKey());
        });
    }

    /** JSON merge patch (RFC 7386). */
    private static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        });
    }

    static boolean selects(JsonNode target, ObjectNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (target.has("group") && !target.get("group").asText().equals(group)) {
            return false;
        }
        if (target.has("version") && !target.get("version").asText().equals(version)) {
            return false;
        }
        if (target.has("kind") && !target.get("kind").asText().equals(resource.path("kind").asText())) {
            return false;
        }
        if (target.has("name") && !Pattern.compile(target.get("name").asText()).matcher(name(resource)).matches()) {
            return false;
        }
        if (target.has("labelSelector")) {
            JsonNode labels = resource.path("metadata").path("labels");
            for (String requirement : target.get("labelSelector").asText().split(",")) {
                String r = requirement.trim();
                boolean matches;
                if (r.contains("!=")) {
                    String[] kv = r.split("!=", 2);
                    matches = !labels.path(kv[0].trim()).asText("\u0000").equals(kv[1].trim());
                } else if (r.contains("=")) {
                    String[] kv = r.replace("==", "=").split("=", 2);
                    matches = labels.path(kv[0].trim()).asText("\u0000").equals(kv[1].trim());
                } else {
                    matches = labels.has(r);
                }
                if (!matches) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void setImage(Path file, JsonNode entry, List<ObjectNode> resources) {
        String name = entry.path("name").asText(null);
        if (name == null) {
            throw new IllegalStateException(file + ": images entry without name");
        }
        int[] matched = {0};
        for (ObjectNode resource : resources) {
            containers(resource, container -> {
                ImageRef image = ImageRef.parse(container.path("image").asText());
                if (image.name().equals(name)) {
                    ImageRef renamed = entry.has("newName") ? ImageRef.parse(entry.get("newName").asText()) : image;
                    String tag = entry.has("newTag") ? entry.get("newTag").asText() : image.tag();
                    String digest = entry.has("digest") ? entry.get("digest").asText() : image.digest();
                    if (entry.has("digest")) {
                        tag = null;
                    }
                    container.put("image", new ImageRef(renamed.registry(), renamed.repository(), tag, digest).toString());
                    matched[0]++;
                }
            });
        }
        if (matched[0] == 0) {
            throw new IllegalStateException(file + ": images entry " + name + " matches no container");
        }
    }

    /** Every container and init container of every pod template (or pod) in a resource. */
    static void containers(JsonNode node, Consumer<ObjectNode> action) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if ((field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                        && field.getValue().isArray()) {
                    field.getValue().forEach(c -> {
                        if (c instanceof ObjectNode container && container.has("image")) {
                            action.accept(container);
                        }
                    });
                } else {
                    containers(field.getValue(), action);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> containers(child, action));
        }
    }

    private static void setReplicas(Path file, JsonNode entry, List<ObjectNode> resources) {
        String name = entry.path("name").asText();
        if (!entry.path("count").isInt()) {
            throw new IllegalStateException(file + ": replicas entry " + name + " needs an integer count");
        }
        boolean found = false;
        for (ObjectNode resource : resources) {
            if (SCALABLE.contains(resource.path("kind").asText()) && name(resource).equals(name)) {
                resource.withObject("/spec").put("replicas", entry.get("count").asInt());
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(file + ": replicas entry " + name + " matches no workload");
        }
    }

    private static void unique(List<ObjectNode> resources, Path file) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode resource : resources) {
            String apiVersion = resource.path("apiVersion").asText();
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String id = group + "/" + resource.path("kind").asText() + "/"
                    + resource.path("metadata").path("namespace").asText("") + "/" + name(resource);
            if (!ids.add(id)) {
                throw new IllegalStateException(file + ": resource " + id + " is defined twice");
            }
        }
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.withObject("/metadata");
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }
}
