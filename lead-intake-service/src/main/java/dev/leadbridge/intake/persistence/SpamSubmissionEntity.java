package dev.leadbridge.intake.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A submission kept as spam, not as a lead: why, from which domain and source, under which version of the rule. */
@Entity
@Table(name = "spam_submission")
public class SpamSubmissionEntity {

    @Id
    public UUID id;
    @Column(nullable = false, length = 40)
    public String reason;
    @Column(name = "email_domain", nullable = false, length = 253)
    public String emailDomain;
    @Column(name = "form_id", length = 100)
    public String formId;
    @Column(length = 100)
    public String integration;
    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
