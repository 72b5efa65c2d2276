package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * {@code leadbridge.lead.converted.v1}: the lead became a sales opportunity.
 *
 * @param opportunityId  the opportunity's id in the sales tool
 * @param expectedAmount the expected deal size, a decimal string on the wire; requires {@code currency}
 */
public record LeadConverted(
        UUID leadId,
        String ownerId,
        String opportunityId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedAmount,
        Currency currency,
        Instant convertedAt) {

    public LeadConverted {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.requiredText(opportunityId, "opportunityId");
        Checks.money(expectedAmount, currency, "expectedAmount");
        Checks.required(convertedAt, "convertedAt");
    }
}
