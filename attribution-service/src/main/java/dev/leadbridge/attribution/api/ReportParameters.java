package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.AttributionGrouping;
import dev.leadbridge.attribution.application.SlaGrouping;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.domain.kpi.SlaCompliance;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.ModelId;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the reports' query parameters, collecting every bad one into a single 400 validation problem. {@code from} and
 * {@code to} are ISO-8601 instants of a half-open range {@code [from, to)}; {@code to} defaults to now and
 * {@code from} to {@link #DEFAULT_RANGE} before {@code to}.
 */
final class ReportParameters {

    static final Duration DEFAULT_RANGE = Duration.ofDays(30);

    private final List<Problem.FieldError> errors = new ArrayList<>();

    ReportParameters() {
    }

    /** The range {@code [from, to)}, or null after recording what is wrong with it. */
    TimeWindow window(String from, String to, Instant now, Instant defaultFrom) {
        Instant end = instant("to", to).orElse(now);
        Instant start = instant("from", from).orElse(defaultFrom == null ? end.minus(DEFAULT_RANGE) : defaultFrom);
        if (errors.isEmpty() && !start.isBefore(end)) {
            errors.add(new Problem.FieldError("from", "must be before to (" + end + ")"));
        }
        return errors.isEmpty() ? new TimeWindow(start, end) : null;
    }

    ModelId model(String model) {
        if (model == null || model.isBlank()) {
            errors.add(new Problem.FieldError("model", "is required, one of " + modelNames()));
            return null;
        }
        return ModelId.fromWire(model).orElseGet(() -> {
            errors.add(new Problem.FieldError("model", "unknown model '" + model + "', one of " + modelNames()));
            return null;
        });
    }

    /** Models to compare: a comma-separated list of at least one, in the order given, each once. */
    List<ModelId> models(String models) {
        List<String> names = models == null ? List.of() : Arrays.stream(models.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            errors.add(new Problem.FieldError("models", "must name at least one model, comma-separated, of "
                    + modelNames()));
            return List.of();
        }
        List<ModelId> found = new ArrayList<>();
        for (String name : names) {
            ModelId.fromWire(name).ifPresentOrElse(found::add, () -> errors.add(new Problem.FieldError("models",
                    "unknown model '" + name + "', one of " + modelNames())));
        }
        return found;
    }

    /** The attribution's grouping, channel when absent. */
    AttributionGrouping attributionGrouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return AttributionGrouping.CHANNEL;
        }
        return AttributionGrouping.fromWire(groupBy).orElseGet(() -> {
            errors.add(new Problem.FieldError("groupBy", "must be one of " + AttributionGrouping.names()));
            return null;
        });
    }

    /**
     * A KPI grouping: one of {@code allowed} (of channel, campaign, score_band, country, territory, team, rep), or
     * null for no grouping when absent.
     */
    Function<LeadProgress, String> grouping(String groupBy, String... allowed) {
        if (groupBy == null || groupBy.isBlank()) {
            return null;
        }
        if (!Arrays.asList(allowed).contains(groupBy)) {
            errors.add(new Problem.FieldError("groupBy", "must be one of " + String.join(", ", allowed)));
            return null;
        }
        return switch (groupBy) {
            case "channel" -> lead -> lead.channel().wire();
            case "campaign" -> LeadProgress::campaign;
            case "country" -> lead -> lead.placement().country();
            case "territory" -> lead -> lead.placement().territory();
            case "team" -> lead -> lead.placement().team();
            case "rep" -> lead -> lead.placement().rep();
            default -> LeadProgress::scoreBand;
        };
    }

    /**
     * The SLA report's time buckets: {@code day} (default) or {@code week}, counted from {@code from}; never so small
     * that the window has more than {@link SlaCompliance#MAX_BUCKETS} of them.
     */
    Duration bucket(String bucket, TimeWindow window) {
        Duration length;
        if (bucket == null || bucket.isBlank() || bucket.equals("day")) {
            length = Duration.ofDays(1);
        } else if (bucket.equals("week")) {
            length = Duration.ofDays(7);
        } else {
            errors.add(new Problem.FieldError("bucket", "must be day or week"));
            return null;
        }
        if (window != null && Duration.between(window.from(), window.to()).dividedBy(length)
                >= SlaCompliance.MAX_BUCKETS) {
            errors.add(new Problem.FieldError("bucket", "cuts the range into more than "
                    + SlaCompliance.MAX_BUCKETS + " buckets; use a shorter range or a longer bucket"));
        }
        return length;
    }

    /** The SLA report's grouping, or null for none when absent. */
    SlaGrouping slaGrouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return null;
        }
        return SlaGrouping.fromWire(groupBy).orElseGet(() -> {
            errors.add(new Problem.FieldError("groupBy", "must be one of " + SlaGrouping.names()));
            return null;
        });
    }

    /** Throws the 400 problem if any parameter was bad. */
    void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    /** An optional ISO-8601 instant parameter, or empty after recording what is wrong with it. */
    Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z"));
            return Optional.empty();
        }
    }

    private static String modelNames() {
        return Arrays.stream(ModelId.values()).map(ModelId::wire).collect(Collectors.joining(", "));
    }
}
