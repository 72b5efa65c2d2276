package dev.leadbridge.infrastructure.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends one request twice, as people and integrations do: a retry after the first answer, or a double click whose
 * two requests race each other. Every request a user or an integration can repeat is tested both ways.
 */
public final class Twice {

    private Twice() {
    }

    /** The first answer, then the second. */
    public static <T> List<T> inARow(Callable<T> request) throws Exception {
        T first = request.call();
        return List.of(first, request.call());
    }

    /**
     * Both answers of two threads released at the same instant (in no particular order): each sends as soon as both
     * are ready, so the two requests are in flight together.
     */
    public static <T> List<T> atOnce(Callable<T> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Callable<T> released = () -> {
                start.await(10, TimeUnit.SECONDS);
                return request.call();
            };
            Future<T> first = clients.submit(released);
            Future<T> second = clients.submit(released);
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            clients.shutdownNow();
        }
    }
}
