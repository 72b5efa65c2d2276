package dev.leadbridge.benchmarks.system;

import dev.leadbridge.infrastructure.Directories;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A frozen copy of the packaged services and the baseline app, laid out like the project ({@code <module>/target/
 * quarkus-app}), so a rebuild in the working tree during a long run cannot pull jars from under running processes.
 */
final class PackagedApps {

    static final String BASELINE_MODULE = "benchmarks/baseline-app";
    private static final String PACKAGE = "target/quarkus-app";

    private PackagedApps() {
    }

    /** Copies every app's package from the project into {@code snapshotRoot}; the root to start them from. */
    static Path snapshot(Path projectRoot, Path snapshotRoot) {
        Directories.deleteRecursively(snapshotRoot);
        for (String module : modules()) {
            Path packaged = projectRoot.resolve(module).resolve(PACKAGE);
            if (!Files.isRegularFile(packaged.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException("missing " + packaged + ": package " + module + " first");
            }
            copyTree(packaged, snapshotRoot.resolve(module).resolve(PACKAGE));
        }
        return snapshotRoot;
    }

    private static List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            modules.add(service.module());
        }
        modules.add(BASELINE_MODULE);
        return modules;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }
}
