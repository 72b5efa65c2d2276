package dev.leadbridge.qualification.domain.routing;

/**
 * The versions of the routing configuration a decision was taken under, named by every assignment it causes so the
 * decision can be explained and replayed after either changed.
 *
 * @param table  the routing table's version (0: the built-in table)
 * @param roster the roster's version (0: the roster as it was before its history was kept)
 */
public record RoutingVersions(int table, int roster) {
}
