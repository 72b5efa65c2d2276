package dev.leadbridge.qualification.application;

import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import dev.leadbridge.qualification.domain.learning.NotEnoughOutcomesException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Relearns both conversion models on a schedule ({@code leadbridge.qualification.conversion.train-every}), so they
 * follow what sales decides without anyone asking. An outcome with too few judged leads is skipped until there are
 * enough. Two replicas running it at the same time each publish a version; both learned from the same leads, so the
 * second changes nothing but the version number.
 */
@ApplicationScoped
public class ConversionTrainingSchedule {

    private static final Logger LOG = Logger.getLogger(ConversionTrainingSchedule.class);
    static final String AUTHOR = "conversion-training-schedule";

    private final ConversionModels models;

    ConversionTrainingSchedule(ConversionModels models) {
        this.models = models;
    }

    @Scheduled(every = "${leadbridge.qualification.conversion.train-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(versions -> LOG.infof("Scheduled conversion training: %s", versions))
                .onFailure().invoke(failure -> LOG.warnf("Scheduled conversion training failed, the next run "
                        + "retries: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Trains each outcome in turn; per outcome the version now in use, or why none was trained. Needs Vert.x. */
    public Uni<Map<String, String>> run() {
        Map<String, String> versions = new TreeMap<>();
        return Multi.createFrom().iterable(List.of(ConversionOutcome.values()))
                .onItem().transformToUniAndConcatenate(outcome -> models.train(outcome,
                                ConfigChange.by(AUTHOR))
                        .map(trained -> "version " + trained.version())
                        .onFailure(NotEnoughOutcomesException.class).recoverWithItem(Throwable::getMessage)
                        .invoke(result -> versions.put(outcome.wire(), result)))
                .collect().last()
                .replaceWith(versions);
    }
}
