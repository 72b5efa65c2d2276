package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.LeadCaptureService;
import dev.leadbridge.platform.config.DomainListResource;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.DomainLists;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The blocked sender domains, versioned managed data: a submission from one is kept as spam, not as a lead (counted
 * in {@code leadbridge_intake_spam_total}, reason {@code blocked_domain}); a form answers as if it captured it, the
 * JSON API answers status {@code spam} without a lead.
 */
@Path("/api/v1/blocked-domains")
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Blocked domains", description = "Submissions from these sender domains are spam")
public class BlockedDomainResource extends DomainListResource {

    BlockedDomainResource(DomainLists lists, ConfigurationHistory history, SecurityIdentity identity) {
        super(lists, history, identity);
    }

    @Override
    protected String kind() {
        return LeadCaptureService.BLOCKED_DOMAINS;
    }

    @Override
    protected String what() {
        return "the blocked domains";
    }
}
