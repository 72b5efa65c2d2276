package dev.leadbridge.qualification.messaging;

import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.qualification.application.PersonalDataKeys;
import dev.leadbridge.qualification.application.PersonalDataKeysUnavailableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks intake for a lead's key with the services' own key. Intake answering that it has none, or that the person
 * was erased, is an answer (empty); anything else (intake down, a 5xx) fails, so the inbox retries the event.
 */
@ApplicationScoped
public class IntakePersonalDataKeys implements PersonalDataKeys {

    private final IntakeKeyClient intake;
    private final String serviceKey;

    IntakePersonalDataKeys(@RestClient IntakeKeyClient intake,
                           @ConfigProperty(name = "leadbridge.intake.service-key") String serviceKey) {
        this.intake = intake;
        this.serviceKey = serviceKey;
    }

    @Override
    public Uni<Optional<PersonalDataKey>> keyOf(UUID leadId) {
        return intake.key(leadId, serviceKey)
                .map(found -> Optional.of(PersonalDataKey.fromBase64(found.key())))
                .onFailure(IntakePersonalDataKeys::keyIsGone).recoverWithItem(Optional.empty())
                .onFailure().transform(failure -> new PersonalDataKeysUnavailableException(
                        "Intake could not tell the personal-data key of lead " + leadId + ": " + failure, failure));
    }

    private static boolean keyIsGone(Throwable failure) {
        return failure instanceof WebApplicationException answered
                && (answered.getResponse().getStatus() == 404 || answered.getResponse().getStatus() == 410);
    }
}
