package dev.leadbridge.attribution.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.leadbridge.attribution.application.AttributionReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Revenue credited per group under one model, one block per currency (amounts in different currencies are never
 * added). Amounts are decimal strings with the currency's decimals; per currency the groups add up to the total.
 */
public record AttributionView(String model, String groupBy, Instant from, Instant to, int deals,
                              List<CurrencyTotals> currencies,
                              @Schema(description = "what a data-driven model learnt from every journey and credits "
                                      + "by: Markov's removal effect or the Shapley value of each channel or "
                                      + "campaign; absent for the rule-based models")
                              AttributionReport.Learned learned) {

    public record CurrencyTotals(String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                                 List<GroupAmount> groups) {
    }

    public record GroupAmount(String group, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    static AttributionView of(AttributionReport report) {
        List<CurrencyTotals> currencies = report.totals().currencies().stream()
                .sorted(Comparator.comparing(currency -> currency.getCurrencyCode()))
                .map(currency -> new CurrencyTotals(currency.getCurrencyCode(), report.totals().total(currency),
                        report.totals(currency).entrySet().stream()
                                .map(entry -> new GroupAmount(entry.getKey(), entry.getValue())).toList()))
                .toList();
        return new AttributionView(report.model().wire(), report.groupBy().wire(), report.window().from(),
                report.window().to(), report.deals(), currencies, report.learned());
    }
}
