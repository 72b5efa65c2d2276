package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the sales-rep API's actions. */
final class LeadRequests {

    private LeadRequests() {
    }

    @Schema(description = "Why sales rejects the lead", example = "{\"reason\": \"no_budget\", \"note\": \"Budget frozen until Q3\"}")
    record Reject(@NotNull RejectionReason reason, @Size(max = 2000) String note) {
    }

    @Schema(description = "The opportunity the accepted lead became",
            example = "{\"opportunityId\": \"OPP-1042\", \"expectedAmount\": \"25000.00\", \"currency\": \"EUR\"}")
    record Convert(@NotBlank @Size(max = 100) String opportunityId, @PositiveOrZero BigDecimal expectedAmount,
                   Currency currency) {

        void requireCurrencyWithAmount() {
            LeadRequests.requireCurrencyWithAmount(expectedAmount, currency, "expectedAmount");
        }
    }

    @Schema(description = "How the opportunity closed",
            example = "{\"outcome\": \"won\", \"amount\": \"24000.00\", \"currency\": \"EUR\", \"reason\": \"Best fit\"}")
    record Close(@NotNull CloseOutcome outcome, @PositiveOrZero BigDecimal amount, Currency currency,
                 @Size(max = 2000) String reason) {

        void requireCurrencyWithAmount() {
            LeadRequests.requireCurrencyWithAmount(amount, currency, "amount");
        }
    }

    @Schema(description = "The rep who gets the lead", example = "{\"ownerId\": \"rep-2\"}")
    record Reassign(@NotBlank @Size(max = 100) String ownerId) {
    }

    private static void requireCurrencyWithAmount(BigDecimal amount, Currency currency, String field) {
        if (amount != null && currency == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("currency",
                    "an ISO-4217 currency is required with " + field)));
        }
    }
}
