package dev.leadbridge.intake.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.intake.domain.LeadSubmission;
import jakarta.persistence.Convert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A captured lead as stored by intake. */
@Entity
@Table(name = "lead")
public class LeadEntity {

    @Id
    public UUID id;
    @Column(nullable = false, length = 254)
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

    public static LeadEntity of(UUID id, LeadSubmission lead, CaptureOrigin origin, Instant capturedAt) {
        LeadEntity entity = new LeadEntity();
        entity.id = id;
        entity.email = lead.email();
        entity.freeMail = lead.freeMail();
        entity.companyDomain = lead.companyDomain();
        entity.applyPersonFields(lead);
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
        entity.visitorId = lead.visitorId();
        entity.formId = origin.formId();
        entity.integration = origin.integration();
        entity.entryStage = origin.entryStage();
        entity.ownerId = origin.ownerId();
        entity.customFields = lead.customFields();
        entity.capturedAt = capturedAt;
        entity.updatedAt = capturedAt;
        return entity;
    }

    /**
     * The fields a later submission may update, by name; the source of the first capture stays as it was, later
     * sources are kept on touchpoints.
     */
    public Map<String, String> mergeableFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("phone", phone);
        fields.put("jobTitle", jobTitle);
        fields.put("companyName", companyName);
        fields.put("companySize", companySize == null ? null : companySize.toString());
        fields.put("industry", industry);
        fields.put("country", country);
        fields.put("marketingOptIn", String.valueOf(marketingOptIn));
        fields.put("consentText", consentText);
        fields.put("visitorId", visitorId);
        return fields;
    }

    /** The same fields as {@link #mergeableFields()}, as a submission states them. */
    public static Map<String, String> mergeableFields(LeadSubmission lead) {
        LeadEntity incoming = new LeadEntity();
        incoming.applyPersonFields(lead);
        incoming.visitorId = lead.visitorId();
        return incoming.mergeableFields();
    }

    /** Applies a newer submission's non-empty values (see LeadMerge). */
    public void update(LeadSubmission lead, Instant now) {
        String knownVisitor = visitorId;
        applyPersonFieldsWhereGiven(lead);
        visitorId = lead.visitorId() != null ? lead.visitorId() : knownVisitor;
        updatedAt = now;
    }

    private void applyPersonFields(LeadSubmission lead) {
        firstName = lead.firstName();
        lastName = lead.lastName();
        phone = lead.phone();
        phoneValid = lead.phoneValid();
        jobTitle = lead.jobTitle();
        companyName = lead.companyName();
        companySize = lead.companySize();
        industry = lead.industry();
        country = lead.country();
        marketingOptIn = lead.marketingOptIn();
        consentText = lead.consentText();
        consentAt = lead.consentGivenAt();
    }

    private void applyPersonFieldsWhereGiven(LeadSubmission lead) {
        firstName = newer(lead.firstName(), firstName);
        lastName = newer(lead.lastName(), lastName);
        if (lead.phone() != null) {
            phone = lead.phone();
            phoneValid = lead.phoneValid();
        }
        jobTitle = newer(lead.jobTitle(), jobTitle);
        companyName = newer(lead.companyName(), companyName);
        companySize = lead.companySize() != null ? lead.companySize() : companySize;
        industry = newer(lead.industry(), industry);
        country = newer(lead.country(), country);
        // consent is stored as given: the latest statement is the one in force
        marketingOptIn = lead.marketingOptIn();
        consentText = newer(lead.consentText(), consentText);
        consentAt = lead.consentGivenAt() != null ? lead.consentGivenAt() : consentAt;
    }

    private static String newer(String incoming, String current) {
        return incoming != null ? incoming : current;
    }
}
