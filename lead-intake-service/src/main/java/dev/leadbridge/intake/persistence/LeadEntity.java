package dev.leadbridge.intake.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.intake.domain.LeadSubmission;
import dev.leadbridge.intake.domain.PersonDetails;
import jakarta.persistence.Convert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A captured lead as stored by intake. */
@Entity
@Table(name = "lead")
public class LeadEntity {

    @Id
    public UUID id;
    /** Null once the person was erased. */
    @Column(length = 254)
    public String email;
    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
    @Column(length = 40)
    public String phone;
    @Column(name = "phone_valid", nullable = false)
    public boolean phoneValid;
    @Column(name = "job_title", length = 200)
    public String jobTitle;
    @Column(name = "company_name", length = 200)
    public String companyName;
    @Column(name = "company_domain", length = 253)
    public String companyDomain;
    @Column(name = "free_mail", nullable = false)
    public boolean freeMail;
    @Column(name = "company_size")
    public Integer companySize;
    @Column(length = 100)
    public String industry;
    @Column(length = 2)
    public String country;
    @Column(name = "marketing_opt_in", nullable = false)
    public boolean marketingOptIn;
    @Column(name = "consent_text", length = 2000)
    public String consentText;
    @Column(name = "consent_at")
    public Instant consentAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    @Column(length = 200)
    public String campaign;
    @Column(name = "utm_source", length = 200)
    public String utmSource;
    @Column(name = "utm_medium", length = 200)
    public String utmMedium;
    @Column(name = "utm_campaign", length = 200)
    public String utmCampaign;
    @Column(name = "utm_term", length = 200)
    public String utmTerm;
    @Column(name = "utm_content", length = 200)
    public String utmContent;
    @Column(name = "utm_id", length = 200)
    public String utmId;
    @Column(name = "landing_page", length = 2000)
    public String landingPage;
    @Column(length = 2000)
    public String referrer;
    @Column(name = "visitor_id", length = 100)
    public String visitorId;
    @Column(name = "form_id", length = 100)
    public String formId;
    @Column(length = 100)
    public String integration;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_stage", nullable = false, length = 20)
    public LifecycleStage entryStage;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    @Convert(converter = StringMapConverter.class)
    @Column(name = "custom_fields", nullable = false, columnDefinition = "text")
    public Map<String, String> customFields;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "erased_at")
    public Instant erasedAt;

    public static LeadEntity of(UUID id, LeadSubmission lead, CaptureOrigin origin, Instant capturedAt) {
        LeadEntity entity = new LeadEntity();
        entity.id = id;
        entity.email = lead.email();
        entity.freeMail = lead.freeMail();
        entity.companyDomain = lead.companyDomain();
        entity.person(lead.person(), capturedAt);
        entity.channel = lead.channel();
        entity.campaign = lead.campaign();
        entity.utmSource = lead.utm().source();
        entity.utmMedium = lead.utm().medium();
        entity.utmCampaign = lead.utm().campaign();
        entity.utmTerm = lead.utm().term();
        entity.utmContent = lead.utm().content();
        entity.utmId = lead.utm().id();
        entity.landingPage = lead.landingPage();
        entity.referrer = lead.referrer();
        entity.formId = origin.formId();
        entity.integration = origin.integration();
        entity.entryStage = origin.entryStage();
        entity.ownerId = origin.ownerId();
        entity.customFields = lead.customFields();
        entity.capturedAt = capturedAt;
        entity.updatedAt = capturedAt;
        return entity;
    }

    /** What is known of the person, as the merge rule reads it. */
    public PersonDetails person() {
        return new PersonDetails(firstName, lastName, phone, phoneValid, jobTitle, companyName, companySize, industry,
                country, marketingOptIn, consentText, consentAt, visitorId);
    }

    /** Takes the person's details as the merge rule decided them. */
    public void person(PersonDetails person, Instant now) {
        firstName = person.firstName();
        lastName = person.lastName();
        phone = person.phone();
        phoneValid = person.phoneValid();
        jobTitle = person.jobTitle();
        companyName = person.companyName();
        companySize = person.companySize();
        industry = person.industry();
        country = person.country();
        marketingOptIn = person.marketingOptIn();
        consentText = person.consentText();
        consentAt = person.consentAt();
        visitorId = person.visitorId();
        updatedAt = now;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /**
     * Forgets who the person is: e-mail, name, phone, job title, visitor id and the free text of custom fields.
     * Company, country, consent record, source and stage stay, so the lead still counts where it counted.
     */
    public void erase(Instant now) {
        email = null;
        firstName = null;
        lastName = null;
        phone = null;
        phoneValid = false;
        jobTitle = null;
        visitorId = null;
        customFields = Map.of();
        erasedAt = now;
        updatedAt = now;
    }
}
