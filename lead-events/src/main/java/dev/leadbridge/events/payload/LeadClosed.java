package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * {@code leadbridge.lead.closed.v1}: the deal was won or lost. A won deal's amount is the revenue attribution
 * credits back to channels and campaigns.
 *
 * @param opportunityId absent for a lead closed without an opportunity
 * @param amount        the final deal size, a decimal string on the wire; requires {@code currency}
 * @param reason        free-text win or loss reason
 */
public record LeadClosed(
        UUID leadId,
        String ownerId,
        String opportunityId,
        CloseOutcome outcome,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Currency currency,
        String reason,
        Instant closedAt) {

    public LeadClosed {
        Checks.required(leadId, "leadId");
        Checks.requiredText(ownerId, "ownerId");
        Checks.required(outcome, "outcome");
        Checks.money(amount, currency, "amount");
        Checks.required(closedAt, "closedAt");
    }
}
