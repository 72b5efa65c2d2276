package dev.leadbridge.infrastructure.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public reference data beside the repository ({@code ../shared/reference} from its root), read in place by
 * tests that use it as an independent oracle. It is never copied into the project: some of it is under licences of
 * its own.
 */
public final class SharedReference {

    private SharedReference() {
    }

    /**
     * A file of the reference data, e.g. {@code email/isemail_tests_flat.json}.
     *
     * @throws IllegalStateException when the reference data is not beside the repository: a test that relies on it
     *                               must fail, not pass without it
     */
    public static Path file(String relativePath) {
        Path root = repositoryRoot();
        Path file = root.resolveSibling("shared").resolve("reference").resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference file " + relativePath + " not found beside the repository "
                    + "(expected in ../shared/reference)");
        }
        return file;
    }

    /** The folder holding the Maven wrapper, found upwards from the working directory (a module or the root). */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a folder with mvnw) above " + start);
    }
}
