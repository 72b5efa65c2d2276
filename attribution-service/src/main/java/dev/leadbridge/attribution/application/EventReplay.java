package dev.leadbridge.attribution.application;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** The consumers the read model is projected by, as a rebuild needs them: rewound to the start of their topics. */
public interface EventReplay {

    /** The inbox consumer names whose processed events a rebuild forgets, so replayed events apply again. */
    List<String> inboxConsumers();

    /**
     * Fails unless this instance consumes every partition of every topic, the only case in which rewinding its own
     * consumers replays everything.
     */
    Uni<Void> requireWholeTopics();

    /** Rewinds every consumer to the first offset of its partitions, committed too, so a restart replays as well. */
    Uni<Void> rewindToBeginning();
}
