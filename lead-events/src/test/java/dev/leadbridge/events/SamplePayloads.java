package dev.leadbridge.events;

import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.ConversionFactor;
import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.events.payload.EscalationAction;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadField;
import dev.leadbridge.events.payload.LeadFieldChange;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaOutcome;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.events.payload.TouchpointType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic payloads for every event type: {@link #full} sets every field, so a schema that forgets one fails;
 * {@link #minimal} sets only what is required, so a schema that demands too much fails.
 */
public final class SamplePayloads {

    public static final UUID LEAD_ID = UUID.fromString("0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2b");
    public static final UUID TOUCHPOINT_ID = UUID.fromString("0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2c");
    public static final UUID TIMER_ID = UUID.fromString("0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2d");
    public static final Instant CAPTURED_AT = Instant.parse("2025-03-03T09:15:00Z");
    public static final Currency EUR = Currency.getInstance("EUR");

    private static final String REP = "rep-anna";
    private static final String MANAGER = "mgr-omar";
    private static final String TEAM = "team-dach";
    private static final String POLICY = "policy-grade-a";

    private SamplePayloads() {
    }

    /** A payload of the type with every field, optional ones included, set. */
    public static Object full(EventType type) {
        return switch (type) {
            case LEAD_CAPTURED -> leadCaptured();
            case LEAD_UPDATED -> new LeadUpdated(LEAD_ID, at(3_600), List.of(
                    new LeadFieldChange(LeadField.JOB_TITLE, "Marketing Manager", "Head of Marketing Operations"),
                    new LeadFieldChange(LeadField.COMPANY_SIZE, "120", "250")),
                    new Person("jane.doe@example.com", "Jane", "Doe", "+49 30 1234567", "Head of Marketing Operations"),
                    new Company("Example GmbH", "example.com", 250, "Software"), "DE",
                    new Consent(true, "Yes, send me product news.", CAPTURED_AT), "v-9f8e7d");
            case PERSON_ERASED -> personErased();
            case TOUCHPOINT_RECORDED -> touchpointRecorded();
            case LEAD_SCORED -> leadScored();
            case LEAD_MQL -> new LeadMql(LEAD_ID, 3, 82, Grade.A, MqlReason.SCORE_THRESHOLD, at(60), Channel.PAID_SEARCH,
                    "spring-launch-2025", 2);
            case LEAD_ASSIGNED -> new LeadAssigned(LEAD_ID, REP, TEAM, false, "rule-dach-enterprise",
                    AssignmentReason.ACCOUNT_MATCH, Grade.A, Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, at(61), 2,
                    7, 12, "DACH");
            case LEAD_ACCEPTED -> new LeadAccepted(LEAD_ID, REP, MANAGER, at(90));
            case LEAD_REJECTED -> new LeadRejected(LEAD_ID, REP, REP, RejectionReason.NO_BUDGET,
                    "Budget frozen until Q3, call back in June.", at(95));
            case LEAD_RECYCLED -> new LeadRecycled(LEAD_ID, RecycleReason.NO_BUDGET, at(96), 3);
            case LEAD_REASSIGNED -> new LeadReassigned(LEAD_ID, REP, "rep-ben", TEAM,
                    ReassignmentReason.SLA_ESCALATION, MANAGER, Grade.A, Channel.PAID_SEARCH, at(300),
                    LifecycleStage.ASSIGNED, 7, 12);
            case LEAD_CONVERTED -> new LeadConverted(LEAD_ID, REP, "opp-00042", new BigDecimal("48000.00"), EUR,
                    at(2_000));
            case LEAD_CLOSED -> new LeadClosed(LEAD_ID, REP, "opp-00042", CloseOutcome.WON, new BigDecimal("52500.50"),
                    EUR, "Won against incumbent on integration depth", at(40_000));
            case SLA_WARNING -> new SlaWarning(LEAD_ID, TIMER_ID, POLICY, REP, TEAM, at(61), at(301), at(241), 3);
            case SLA_BREACHED -> new SlaBreached(LEAD_ID, TIMER_ID, POLICY, REP, TEAM, at(301), at(302),
                    Duration.ofMinutes(1), 3);
            case SLA_ESCALATED -> new SlaEscalated(LEAD_ID, TIMER_ID, POLICY, REP, TEAM, 2, EscalationAction.REASSIGN,
                    at(331), 3);
            case SLA_MET -> new SlaMet(LEAD_ID, TIMER_ID, POLICY, REP, TEAM, SlaOutcome.ACCEPTED, at(61), at(301),
                    at(90), Duration.ofMinutes(29), Duration.ofMinutes(29).plusSeconds(12), false, 3);
            case SLA_CLOCK -> new SlaClock(LEAD_ID, TIMER_ID, POLICY, REP, TEAM, SlaClockState.PAUSED, at(61), at(241),
                    at(301), at(120), 3);
        };
    }

    /** A payload of the type with only its required fields set. */
    public static Object minimal(EventType type) {
        return switch (type) {
            case LEAD_UPDATED -> new LeadUpdated(LEAD_ID, at(3_600), List.of(
                    new LeadFieldChange(LeadField.FIRST_NAME, null, "Jane")),
                    new Person("jane@example.com", "Jane", null, null, null), null, null,
                    new Consent(false, null, null), null);
            case LEAD_CAPTURED -> new LeadCaptured(LEAD_ID, CAPTURED_AT, new Person("jane@example.com", null, null, null,
                    null), null, null, new Consent(false, null, null), LeadSource.of(Channel.DIRECT), null, null, null,
                    null, null);
            case PERSON_ERASED -> personErased();
            case TOUCHPOINT_RECORDED -> new TouchpointRecorded(TOUCHPOINT_ID, null, "v-9f8e7d", TouchpointType.PAGE_VIEW,
                    at(-10), null, null, null, null, null, null, null, null, null, null);
            case LEAD_SCORED -> new LeadScored(LEAD_ID, 1, new Score(0, 0, 0, Grade.D, null), null, at(1), null, null);
            case LEAD_MQL -> new LeadMql(LEAD_ID, 1, 0, Grade.D, MqlReason.MANUAL, at(60), Channel.OTHER, null);
            case LEAD_ASSIGNED -> new LeadAssigned(LEAD_ID, null, null, true, null,
                    AssignmentReason.QUEUE_NO_REP_AVAILABLE, null, Channel.OTHER, null, at(61));
            case LEAD_ACCEPTED -> new LeadAccepted(LEAD_ID, REP, REP, at(90));
            case LEAD_REJECTED -> new LeadRejected(LEAD_ID, REP, REP, RejectionReason.OTHER, null, at(95));
            case LEAD_RECYCLED -> new LeadRecycled(LEAD_ID, RecycleReason.DECAYED, at(96));
            case LEAD_REASSIGNED -> new LeadReassigned(LEAD_ID, null, REP, null, ReassignmentReason.MANAGER, null, null,
                    Channel.OTHER, at(300));
            case LEAD_CONVERTED -> new LeadConverted(LEAD_ID, REP, "opp-00042", null, null, at(2_000));
            case LEAD_CLOSED -> new LeadClosed(LEAD_ID, REP, null, CloseOutcome.LOST, null, null, null, at(40_000));
            case SLA_WARNING -> new SlaWarning(LEAD_ID, TIMER_ID, POLICY, null, null, at(61), at(301), at(241));
            case SLA_BREACHED -> new SlaBreached(LEAD_ID, TIMER_ID, POLICY, null, null, at(301), at(301),
                    Duration.ZERO);
            case SLA_ESCALATED -> new SlaEscalated(LEAD_ID, TIMER_ID, POLICY, null, null, 1,
                    EscalationAction.NOTIFY_MANAGER, at(331));
            case SLA_MET -> new SlaMet(LEAD_ID, TIMER_ID, POLICY, null, null, SlaOutcome.REJECTED, at(61), at(301),
                    at(400), Duration.ofMinutes(339), Duration.ofMinutes(339), true);
            case SLA_CLOCK -> new SlaClock(LEAD_ID, TIMER_ID, POLICY, null, null, SlaClockState.RUNNING, at(61), at(241),
                    at(301), at(61));
        };
    }

    /** A lead a rep met at a trade show and logged straight as accepted, with every optional field set. */
    public static LeadCaptured leadCaptured() {
        return new LeadCaptured(
                LEAD_ID,
                CAPTURED_AT,
                new Person("jane.doe@example.com", "Jane", "Doe", "+49 30 1234567", "Head of Marketing Operations"),
                new Company("Example GmbH", "example.com", 250, "Software"),
                "DE",
                new Consent(true, "Yes, send me product news. I can unsubscribe at any time.", CAPTURED_AT),
                new LeadSource(Channel.PAID_SEARCH, "spring-launch-2025", "google", "cpc", "spring_launch",
                        "lead routing software", "ad-variant-b", "gads-1234567", "https://example.com/lp/lead-routing",
                        "https://www.google.com/", "demo-request", "website-forms"),
                "v-9f8e7d",
                UUID.fromString("0195a1b2-0000-7000-8000-000000000001"),
                LifecycleStage.ACCEPTED,
                REP,
                Map.of("preferred_language", "de", "how_did_you_hear", "podcast"));
    }

    public static TouchpointRecorded touchpointRecorded() {
        return new TouchpointRecorded(TOUCHPOINT_ID, LEAD_ID, "v-9f8e7d", TouchpointType.WEBINAR_ATTENDED, at(30),
                Channel.EMAIL, "spring-launch-2025", "newsletter", "email", "spring_launch", "webinar",
                "cta-button", "mc-98765", "https://example.com/webinars/routing-101",
                Map.of("webinarId", "wb-101", "minutesWatched", "47"));
    }

    public static LeadScored leadScored() {
        return new LeadScored(LEAD_ID, 3,
                new Score(82, 45, 42, Grade.A, List.of(
                        new ScoreContribution("fit.company-size.200-1000", ScoreCategory.FIT, 25,
                                "Company has 250 employees", null),
                        new ScoreContribution("fit.title.head-of", ScoreCategory.FIT, 20, "Job title is Head of", null),
                        new ScoreContribution("engagement.webinar-attended", ScoreCategory.ENGAGEMENT, 42,
                                "Attended webinar Routing 101", TOUCHPOINT_ID),
                        new ScoreContribution("negative.inactive-30-days", ScoreCategory.NEGATIVE, -5,
                                "No activity for 30 days", null))),
                64, at(31),
                new ConversionPrediction(0.7312, 4, List.of(
                        new ConversionFactor("seniority=director", 0.8421),
                        new ConversionFactor("email=free", -0.3107))),
                new ConversionPrediction(0.1875, 2, List.of(new ConversionFactor("size=201-1000", 0.2544))));
    }

    /** The capture time plus the given number of minutes, so the samples follow the lifecycle in order. */
    public static Instant at(long minutesAfterCapture) {
        return CAPTURED_AT.plus(Duration.ofMinutes(minutesAfterCapture));
    }

    /** Every field of an erasure is required, so its full and minimal forms are one. */
    private static PersonErased personErased() {
        return new PersonErased(LEAD_ID, UUID.fromString("0195a1b2-3c4d-7e5f-8a6b-7c8d9e0f1e4a"), at(86_400));
    }
}
