package dev.leadbridge.intake.persistence;

import dev.leadbridge.events.payload.LeadField;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LeadChangeRepository implements PanacheRepositoryBase<LeadChangeEntity, Long> {

    /** Blanks the old and new values of the fields that identify the person; that they changed, and when, stays. */
    public Uni<Integer> forgetPersonalValues(UUID leadId) {
        List<String> personal = Arrays.stream(LeadField.values()).filter(LeadField::identifiesThePerson)
                .map(LeadField::wire).toList();
        return update("oldValue = null, newValue = null where leadId = ?1 and field in ?2", leadId, personal);
    }
}
