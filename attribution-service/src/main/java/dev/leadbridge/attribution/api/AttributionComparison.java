package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.AttributionReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same won deals credited under several models, each in full, and side by side: one row per currency and group
 * with the amount each model credits it (zero where a model credits it nothing).
 */
public record AttributionComparison(String groupBy, Instant from, Instant to, int deals, List<AttributionView> models,
                                    @Schema(description = "one row per currency and group, the amount under each "
                                            + "model in the order asked")
                                    List<Row> sideBySide) {

    public record Row(String currency, String group,
                      @Schema(description = "model name to amount, a decimal string")
                      Map<String, String> amounts) {
    }

    static AttributionComparison of(List<AttributionReport> reports) {
        List<AttributionView> views = reports.stream().map(AttributionView::of).toList();
        Map<String, Map<String, Map<String, BigDecimal>>> byCurrency = new TreeMap<>();
        for (AttributionView view : views) {
            for (AttributionView.CurrencyTotals currency : view.currencies()) {
                for (AttributionView.GroupAmount group : currency.groups()) {
                    byCurrency.computeIfAbsent(currency.currency(), ignored -> new TreeMap<>())
                            .computeIfAbsent(group.group(), ignored -> new LinkedHashMap<>())
                            .put(view.model(), group.amount());
                }
            }
        }
        List<Row> rows = byCurrency.entrySet().stream().flatMap(currency -> currency.getValue().entrySet().stream()
                .map(group -> new Row(currency.getKey(), group.getKey(), amountsInOrder(views, currency.getKey(),
                        group.getValue())))).toList();
        AttributionView first = views.get(0);
        return new AttributionComparison(first.groupBy(), first.from(), first.to(), first.deals(), views, rows);
    }

    /** Every model's amount in the order asked; a model that credits the group nothing shows zero. */
    private static Map<String, String> amountsInOrder(List<AttributionView> views, String currency,
                                                          Map<String, BigDecimal> credited) {
        BigDecimal zero = views.stream().flatMap(view -> view.currencies().stream())
                .filter(totals -> totals.currency().equals(currency)).findFirst()
                .map(totals -> BigDecimal.ZERO.setScale(totals.total().scale())).orElse(BigDecimal.ZERO);
        Map<String, String> amounts = new LinkedHashMap<>();
        views.forEach(view -> amounts.put(view.model(), credited.getOrDefault(view.model(), zero).toPlainString()));
        return amounts;
    }
}
