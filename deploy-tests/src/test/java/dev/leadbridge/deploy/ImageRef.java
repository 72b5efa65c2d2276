package dev.leadbridge.deploy;

/**
 * A container image reference, {@code [registry/]repository[:tag][@digest]}. The first path segment is a registry
 * when it contains a dot or a colon or is {@code localhost}, as container runtimes read it.
 */
record ImageRef(String registry, String repository, String tag, String digest) {

    static ImageRef parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        return new ImageRef(registry, rest, tag, digest);
    }

    /** The name as written before the tag: registry and repository. */
    String name() {
        return registry == null ? repository : registry + "/" + repository;
    }

    @Override
    public String toString() {
        return name() + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}
