package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadUpdated;
import java.time.Instant;

/**
 * Who a lead is and where it came from, as intake captured and later updated it: what scoring, routing and the API
 * read.
 *
 * @param consentWithdrawnAt when the person withdrew marketing consent; null while it stands or was never given
 * @param erasedAt           when the person was erased: who they are (e-mail, name, phone, title, visitor id) is gone
 */
public record LeadDetails(
        String email,
        String firstName,
        String lastName,
        String phone,
        String jobTitle,
        String companyName,
        String companyDomain,
        Integer companySize,
        String industry,
        String country,
        Channel channel,
        String campaign,
        String visitorId,
        Instant capturedAt,
        Instant consentWithdrawnAt,
        Instant erasedAt) {

    /** These details after a later submission of the person: the update's values, the same identity and source. */
    public LeadDetails updatedBy(LeadUpdated update) {
        Company company = update.company();
        return new LeadDetails(email, update.person().firstName(), update.person().lastName(), update.person().phone(),
                update.person().jobTitle(), company == null ? null : company.name(),
                company == null ? companyDomain : company.domain(), company == null ? null : company.size(),
                company == null ? null : company.industry(), update.country(), channel, campaign,
                update.visitorId(), capturedAt, consentWithdrawnAfter(update), erasedAt);
    }

    /** These details once the person was erased: company, country and source stay, so the lead counts as before. */
    public LeadDetails withoutThePerson(Instant at) {
        return new LeadDetails(null, null, null, null, null, companyName, companyDomain, companySize, industry, country,
                channel, campaign, null, capturedAt, consentWithdrawnAt, at);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /** Whether the person withdrew marketing consent (and has not given it again since). */
    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    private Instant consentWithdrawnAfter(LeadUpdated update) {
        if (update.consent().marketingOptIn()) {
            return null;
        }
        boolean withdrawnNow = update.changes().stream().anyMatch(change -> change.field() == LeadField.MARKETING_OPT_IN
                && "true".equals(change.oldValue()));
        return withdrawnNow ? update.updatedAt() : consentWithdrawnAt;
    }
}
