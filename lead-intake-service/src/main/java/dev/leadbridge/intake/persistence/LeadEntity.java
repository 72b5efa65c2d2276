package dev.leadbridge.intake.persistence;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.intake.domain.LeadSubmission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
    @Column(name = "job_title", length = 200)
    public String jobTitle;
    @Column(name = "company_name", length = 200)
    public String companyName;
    @Column(name = "company_domain", length = 253)
    public String companyDomain;
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
    @Column(name = "landing_page", length = 2000)
    public String landingPage;
    @Column(length = 2000)
    public String referrer;
    @Column(name = "visitor_id", length = 100)
    public String visitorId;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;

    public static LeadEntity of(UUID id, LeadSubmission lead, Instant capturedAt) {
        LeadEntity entity = new LeadEntity();
        entity.id = id;
        entity.email = lead.email();
        entity.firstName = lead.firstName();
        entity.lastName = lead.lastName();
        entity.phone = lead.phone();
        entity.jobTitle = lead.jobTitle();
        entity.companyName = lead.companyName();
        entity.companyDomain = lead.companyDomain();
        entity.companySize = lead.companySize();
        entity.industry = lead.industry();
        entity.country = lead.country();
        entity.marketingOptIn = lead.marketingOptIn();
        entity.consentText = lead.consentText();
        entity.consentAt = lead.consentGivenAt();
        entity.channel = lead.channel();
        entity.campaign = lead.campaign();
        entity.utmSource = lead.utm().source();
        entity.utmMedium = lead.utm().medium();
        entity.utmCampaign = lead.utm().campaign();
        entity.utmTerm = lead.utm().term();
        entity.utmContent = lead.utm().content();
        entity.landingPage = lead.landingPage();
        entity.referrer = lead.referrer();
        entity.visitorId = lead.visitorId();
        entity.capturedAt = capturedAt;
        return entity;
    }
}
