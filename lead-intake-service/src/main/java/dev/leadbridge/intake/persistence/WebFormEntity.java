package dev.leadbridge.intake.persistence;

import dev.leadbridge.intake.domain.WebForm;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A registered website form. */
@Entity
@Table(name = "web_form")
public class WebFormEntity {

    @Id
    @Column(length = 100)
    public String id;
    @Column(nullable = false, length = 200)
    public String name;
    @Convert(converter = StringListConverter.class)
    @Column(name = "allowed_origins", nullable = false, columnDefinition = "text")
    public List<String> allowedOrigins;
    @Convert(converter = StringMapConverter.class)
    @Column(name = "field_mapping", nullable = false, columnDefinition = "text")
    public Map<String, String> fieldMapping;
    @Column(name = "honeypot_field", length = 100)
    public String honeypotField;
    @Column(name = "minimum_fill_seconds", nullable = false)
    public int minimumFillSeconds;
    @Column(name = "thank_you_url", length = 2000)
    public String thankYouUrl;
    @Column(name = "consent_text", length = 2000)
    public String consentText;
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public WebForm toDomain() {
        return new WebForm(id, name, allowedOrigins, fieldMapping, honeypotField,
                Duration.ofSeconds(minimumFillSeconds), thankYouUrl == null ? null : URI.create(thankYouUrl),
                consentText);
    }

    public void apply(WebForm form, String by, Instant at) {
        id = form.id();
        name = form.name();
        allowedOrigins = form.allowedOrigins();
        fieldMapping = form.fieldMapping();
        honeypotField = form.honeypotField();
        minimumFillSeconds = (int) form.minimumFillTime().toSeconds();
        thankYouUrl = form.thankYouUrl() == null ? null : form.thankYouUrl().toString();
        consentText = form.consentText();
        updatedBy = by;
        updatedAt = at;
    }
}
