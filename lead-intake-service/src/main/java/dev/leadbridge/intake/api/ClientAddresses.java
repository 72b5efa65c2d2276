package dev.leadbridge.intake.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from: the connection's, unless the connection comes from a configured proxy; only then
 * is {@code X-Forwarded-For} believed (its right-most address that is not itself a trusted proxy), so a client cannot
 * pick its address by prepending made-up ones.
 */
@ApplicationScoped
public class ClientAddresses {

    private final List<String> trustedProxies;

    ClientAddresses(@ConfigProperty(name = "leadbridge.intake.trusted-proxies", defaultValue = " ")
                    List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
