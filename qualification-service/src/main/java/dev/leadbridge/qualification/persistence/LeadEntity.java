package dev.leadbridge.qualification.persistence;

import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.RejectionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A lead as qualification tracks it: its stage, its owner and what scoring and routing need to know. */
@Entity
@Table(name = "lead")
public class LeadEntity {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LifecycleStage stage;
    @Column(name = "owner_id", length = 100)
    public String ownerId;
    /** Null once the person was erased. */
    @Column(length = 254)
    public String email;
    @Column(length = 40)
    public String phone;
    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;
    @Column(length = 200)
    public String campaign;
    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;
    @Column(name = "consent_withdrawn_at")
    public Instant consentWithdrawnAt;
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "visitor_id", length = 200)
    public String visitorId;
    /** The current score's total and grade, for queries; {@link #scoreJson} has the whole score with its breakdown. */
    @Column(name = "score_total")
    public Integer scoreTotal;
    @Enumerated(EnumType.STRING)
    @Column(name = "score_grade", columnDefinition = "varchar(1)")
    public Grade scoreGrade;
    @Column(name = "score_model_version")
    public Integer scoreModelVersion;
    @Column(name = "score_json", columnDefinition = "text")
    public String scoreJson;
    /** What the conversion models said with the current score (pAccept, pWin); null while none was learned. */
    @Column(name = "conversion_json", columnDefinition = "text")
    public String conversionJson;
    @Column(name = "scored_at")
    public Instant scoredAt;
    /** When the score was last evaluated, changed or not: the decay sweep re-scores leads not checked for a while. */
    @Column(name = "score_checked_at")
    public Instant scoreCheckedAt;
    /** 1 from capture on, one more with each recycling: events of one cycle belong together. */
    @Column(name = "qualification_cycle", nullable = false)
    public int qualificationCycle = 1;
    /** When the current qualification cycle began: capture, or the last recycling. */
    @Column(name = "cycle_started_at")
    public Instant cycleStartedAt;
    /** When the lead became an MQL in the current cycle; null while it has not. */
    @Column(name = "qualified_at")
    public Instant qualifiedAt;
    /** Why the lead qualified in the current cycle; it travels with the lead out of the team queue. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mql_reason", length = 30)
    public MqlReason mqlReason;
    /** Since when the MQL waits for the routing worker; null once routed (assigned or queued in its team). */
    @Column(name = "routing_requested_at")
    public Instant routingRequestedAt;
    /** The last routing decision: team, rule, reason and explanation, for the audit trail on the lead. */
    @Column(name = "team_id", length = 100)
    public String teamId;
    @Column(name = "routing_rule_id", length = 100)
    public String routingRuleId;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_reason", length = 30)
    public AssignmentReason assignmentReason;
    @Column(name = "assignment_explanation", columnDefinition = "text")
    public String assignmentExplanation;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    /** When the owner accepted the lead in the current cycle: accepted leads count against capacity for a while. */
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    public RejectionReason rejectionReason;
    @Column(name = "rejection_note", columnDefinition = "text")
    public String rejectionNote;
    @Column(name = "opportunity_id", length = 100)
    public String opportunityId;
    @Column(name = "expected_amount", precision = 19, scale = 4)
    public BigDecimal expectedAmount;
    @Column(name = "expected_currency", length = 3)
    public String expectedCurrency;
    @Column(name = "closed_amount", precision = 19, scale = 4)
    public BigDecimal closedAmount;
    @Column(name = "closed_currency", length = 3)
    public String closedCurrency;
    @Column(name = "close_reason", columnDefinition = "text")
    public String closeReason;
    /** Optimistic locking: two replicas acting on one lead cannot both win. */
    @Version
    @Column(nullable = false)
    public long version;
}
