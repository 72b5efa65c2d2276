package dev.leadbridge.deploy;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** Argument sources shared by the parameterized checks: what is deployed, derived from the tree. */
final class Sources {

    private Sources() {
    }

    /** Every overlay under deploy/kubernetes/overlays. */
    static Stream<String> overlays() {
        return Project.get().overlays().keySet().stream();
    }

    /** The base and every overlay. */
    static Stream<String> renderings() {
        return Stream.concat(Stream.of("base"), overlays());
    }

    static Manifests manifests(String rendering) {
        return rendering.equals("base") ? Manifests.base() : Manifests.overlay(rendering);
    }

    /** Every service module. */
    static Stream<String> services() {
        return Project.get().services().stream().map(ServiceModule::name);
    }

    /** Every overlay with every service. */
    static Stream<Arguments> overlayServices() {
        return overlays().flatMap(o -> services().map(s -> Arguments.of(o, s)));
    }
}
