package dev.leadbridge.events.privacy;

import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Which fields of the events kept forever tell who a person is, sealed under the lead's {@link PersonalDataKey} before
 * they are published and opened by a consumer that holds the key: the person's e-mail, name, phone and job title
 * (also as old and new values of a change) and the free text of custom fields on {@code leads.captured}, and the
 * reps' free text (rejection note, close reason) on {@code leads.lifecycle}. Everything
 * else (company, country, consent, source, the visitor id that keys anonymous touchpoints) stays readable, so a
 * consumer without the key still counts the lead where it counts.
 * <p>
 * A sealed e-mail keeps its domain readable ({@code lbsealed.v1.…@example.com}): still an address by the schema's
 * pattern, and the company domain scoring and reports read, which does not tell who the person is.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static LeadCaptured seal(LeadCaptured captured, PersonalDataKey key) {
        UUID lead = captured.leadId();
        return withPerson(captured, sealed(captured.person(), lead, key), sealed(captured.customFields(), lead, key));
    }

    public static LeadCaptured open(LeadCaptured captured, PersonalDataKey key) {
        UUID lead = captured.leadId();
        return withPerson(captured, opened(captured.person(), lead, key), opened(captured.customFields(), lead, key));
    }

    public static LeadUpdated seal(LeadUpdated updated, PersonalDataKey key) {
        UUID lead = updated.leadId();
        return withPerson(updated, sealed(updated.person(), lead, key),
                changes(updated.changes(), value -> key.seal(lead, value)));
    }

    public static LeadUpdated open(LeadUpdated updated, PersonalDataKey key) {
        UUID lead = updated.leadId();
        return withPerson(updated, opened(updated.person(), lead, key),
                changes(updated.changes(), value -> key.open(lead, value)));
    }

    /**
     * The rep's note sealed under the lead's key: free text about a person (a rejection note often names them).
     * Without a key (the lead's events were never sealed, or its person is gone) the note is left out: it stays in
     * qualification, where an erasure reaches it.
     */
    public static LeadRejected seal(LeadRejected rejected, Optional<PersonalDataKey> key) {
        String note = key.map(found -> found.seal(rejected.leadId(), rejected.note())).orElse(null);
        return new LeadRejected(rejected.leadId(), rejected.ownerId(), rejected.actorId(), rejected.reason(), note,
                rejected.rejectedAt());
    }

    /** The close reason, free text like a rejection note, sealed the same way. */
    public static LeadClosed seal(LeadClosed closed, Optional<PersonalDataKey> key) {
        String reason = key.map(found -> found.seal(closed.leadId(), closed.reason())).orElse(null);
        return new LeadClosed(closed.leadId(), closed.ownerId(), closed.opportunityId(), closed.outcome(),
                closed.amount(), closed.currency(), reason, closed.closedAt());
    }

    /** Whether the capture carries sealed fields, so the consumer needs the lead's key to read who the person is. */
    public static boolean isSealed(LeadCaptured captured) {
        return PersonalDataKey.isSealed(captured.person().email());
    }

    public static boolean isSealed(LeadUpdated updated) {
        return PersonalDataKey.isSealed(updated.person().email());
    }

    /** The domain of an e-mail address, sealed or not: what stays readable of it. */
    public static String domainOf(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    private static Person sealed(Person person, UUID lead, PersonalDataKey key) {
        String email = person.email();
        String sealedEmail = PersonalDataKey.isSealed(email) ? email : key.seal(lead, email) + "@" + domainOf(email);
        return new Person(sealedEmail, key.seal(lead, person.firstName()), key.seal(lead, person.lastName()),
                key.seal(lead, person.phone()), key.seal(lead, person.jobTitle()));
    }

    private static Person opened(Person person, UUID lead, PersonalDataKey key) {
        String email = person.email();
        String openedEmail = PersonalDataKey.isSealed(email)
                ? key.open(lead, email.substring(0, email.lastIndexOf('@'))) : email;
        return new Person(openedEmail, key.open(lead, person.firstName()), key.open(lead, person.lastName()),
                key.open(lead, person.phone()), key.open(lead, person.jobTitle()));
    }

    private static Map<String, String> sealed(Map<String, String> fields, UUID lead, PersonalDataKey key) {
        Map<String, String> sealed = new LinkedHashMap<>();
        fields.forEach((name, value) -> sealed.put(name, key.seal(lead, value)));
        return sealed;
    }

    private static Map<String, String> opened(Map<String, String> fields, UUID lead, PersonalDataKey key) {
        Map<String, String> opened = new LinkedHashMap<>();
        fields.forEach((name, value) -> opened.put(name, key.open(lead, value)));
        return opened;
    }

    /** The changes with the values of fields that tell who the person is (but the visitor id) passed through. */
    private static List<LeadFieldChange> changes(List<LeadFieldChange> changes, UnaryOperator<String> value) {
        return changes.stream().map(change -> change.field().identifiesThePerson()
                        && change.field() != LeadField.VISITOR_ID
                        ? new LeadFieldChange(change.field(), value.apply(change.oldValue()),
                                value.apply(change.newValue()))
                        : change)
                .toList();
    }

    private static LeadCaptured withPerson(LeadCaptured c, Person person, Map<String, String> customFields) {
        return new LeadCaptured(c.leadId(), c.capturedAt(), person, c.company(), c.country(), c.consent(), c.source(),
                c.visitorId(), c.duplicateOf(), c.entryStage(), c.ownerId(), customFields);
    }

    private static LeadUpdated withPerson(LeadUpdated u, Person person, List<LeadFieldChange> changes) {
        return new LeadUpdated(u.leadId(), u.updatedAt(), changes, person, u.company(), u.country(), u.consent(),
                u.visitorId());
    }
}
