package dev.leadbridge.qualification.application;

import dev.leadbridge.events.privacy.PersonalDataKey;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the keys that open the person's sealed fields come from: intake, which holds each lead's key until the
 * person is erased. Empty once they were erased (or for a lead intake never sealed anything of); a failure to reach
 * intake is a failure, for the inbox to retry.
 */
public interface PersonalDataKeys {

    Uni<Optional<PersonalDataKey>> keyOf(UUID leadId);
}
