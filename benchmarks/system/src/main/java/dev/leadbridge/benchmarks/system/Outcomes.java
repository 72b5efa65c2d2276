package dev.leadbridge.benchmarks.system;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counts what the requests of one measurement came back with; keeps the first failure to show why. */
final class Outcomes {

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    /** True when the answer was 202 Accepted. */
    boolean count(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            errors.incrementAndGet();
            firstFailure.compareAndSet(null, failure.toString());
            return false;
        }
        if (response.statusCode() == 202) {
            accepted.incrementAndGet();
            return true;
        }
        refused.incrementAndGet();
        firstFailure.compareAndSet(null, response.statusCode() + " " + abbreviate(response.body()));
        return false;
    }

    long accepted() {
        return accepted.get();
    }

    /** Answers other than 202. */
    long refused() {
        return refused.get();
    }

    /** Requests that got no answer (connection failures, time-outs). */
    long errors() {
        return errors.get();
    }

    double failureRatio() {
        long all = accepted() + refused() + errors();
        return all == 0 ? 0 : (double) (refused() + errors()) / all;
    }

    String firstFailure() {
        return firstFailure.get() == null ? "" : firstFailure.get();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
    }
}
