package dev.leadbridge.qualification.domain.scoring;

import static dev.leadbridge.events.payload.TouchpointType.AD_CLICK;
import static dev.leadbridge.events.payload.TouchpointType.CONTENT_DOWNLOAD;
import static dev.leadbridge.events.payload.TouchpointType.DEMO_REQUEST;
import static dev.leadbridge.events.payload.TouchpointType.EMAIL_CLICK;
import static dev.leadbridge.events.payload.TouchpointType.EMAIL_OPEN;
import static dev.leadbridge.events.payload.TouchpointType.EVENT_VISIT;
import static dev.leadbridge.events.payload.TouchpointType.FORM_SUBMISSION;
import static dev.leadbridge.events.payload.TouchpointType.PAGE_VIEW;
import static dev.leadbridge.events.payload.TouchpointType.PRICING_PAGE_VIEW;
import static dev.leadbridge.events.payload.TouchpointType.WEBINAR_ATTENDED;
import static dev.leadbridge.events.payload.TouchpointType.WEBINAR_REGISTERED;
import static dev.leadbridge.qualification.domain.scoring.TitleRule.Dimension.FUNCTION;
import static dev.leadbridge.qualification.domain.scoring.TitleRule.Dimension.SENIORITY;

import dev.leadbridge.events.payload.Grade;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Version 1 of the scoring model: rules of thumb for a business-to-business product bought by marketing, sales and
 * revenue-operations teams of mid-sized and large companies. Fit reaches 90 at most (senior buyer in the right
 * function, 201–1,000 employees, software, core territory, corporate address); a grade-B lead with a little recent
 * engagement crosses the MQL line of 70; a demo request qualifies at once.
 */
final class DefaultScoringModel {

    static final ScoringModel MODEL = new ScoringModel(1, fit(), engagement(), negative(),
            new GradeThresholds(60, 40, 20), new MqlCriteria(70, Grade.B, Set.of(DEMO_REQUEST), Duration.ofDays(30)));

    private DefaultScoringModel() {
    }

    private static FitRules fit() {
        return new FitRules(
                List.of(
                        new TitleRule("title-c-level", SENIORITY, List.of("chief", "ceo", "cmo", "cro", "cto", "cfo",
                                "coo", "cio", "founder", "co-founder", "owner", "president"), 25),
                        new TitleRule("title-vp", SENIORITY, List.of("vp", "vice president", "svp", "evp"), 20),
                        new TitleRule("title-director", SENIORITY, List.of("director", "head"), 15),
                        new TitleRule("title-manager", SENIORITY, List.of("manager", "team lead", "principal"), 10),
                        new TitleRule("title-individual", SENIORITY, List.of("specialist", "analyst", "associate",
                                "coordinator", "executive", "representative", "engineer", "consultant"), 5),
                        new TitleRule("title-marketing-sales", FUNCTION, List.of("marketing", "sales", "revenue",
                                "growth", "demand generation", "business development"), 15),
                        new TitleRule("title-operations", FUNCTION, List.of("operations", "ops", "crm", "it",
                                "information technology"), 5)),
                List.of(
                        new CompanySizeBand("size-1", 1, 0),
                        new CompanySizeBand("size-11", 11, 5),
                        new CompanySizeBand("size-51", 51, 15),
                        new CompanySizeBand("size-201", 201, 20),
                        new CompanySizeBand("size-1001", 1001, 15),
                        new CompanySizeBand("size-5001", 5001, 10)),
                List.of(
                        new IndustryRule("industry-software", List.of("software", "saas", "internet",
                                "information technology", "technology"), 10),
                        new IndustryRule("industry-services", List.of("financial services", "insurance", "banking",
                                "professional services", "consulting", "telecommunications"), 5)),
                List.of(
                        new CountryRule("territory-core", List.of("US", "CA", "GB", "IE", "DE", "AT", "CH", "NL",
                                "BE", "LU", "FR", "SE", "NO", "DK", "FI", "AU", "NZ"), 10),
                        new CountryRule("territory-growth", List.of("ES", "PT", "IT", "PL", "CZ", "JP", "SG", "IL",
                                "AE"), 5)),
                new EmailDomainRule("email-domain", List.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk",
                        "hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com",
                        "mac.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "proton.me", "protonmail.com",
                        "mail.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "orange.fr", "free.fr", "libero.it"),
                        10, -5));
    }

    private static List<EngagementRule> engagement() {
        return List.of(
                EngagementRule.forType(PAGE_VIEW, 1, Duration.ofDays(7), 20),
                EngagementRule.forType(EMAIL_OPEN, 1, Duration.ofDays(7), 10),
                EngagementRule.forType(EMAIL_CLICK, 3, Duration.ofDays(14), 10),
                EngagementRule.forType(AD_CLICK, 2, Duration.ofDays(7), 5),
                EngagementRule.forType(CONTENT_DOWNLOAD, 10, Duration.ofDays(30), 5),
                EngagementRule.forType(FORM_SUBMISSION, 8, Duration.ofDays(30), 5),
                EngagementRule.forType(WEBINAR_REGISTERED, 5, Duration.ofDays(30), 3),
                EngagementRule.forType(WEBINAR_ATTENDED, 15, Duration.ofDays(45), 3),
                EngagementRule.forType(PRICING_PAGE_VIEW, 10, Duration.ofDays(14), 3),
                EngagementRule.forType(EVENT_VISIT, 15, Duration.ofDays(60), 3),
                EngagementRule.forType(DEMO_REQUEST, 40, Duration.ofDays(60), 1));
    }

    private static List<NegativeRule> negative() {
        return List.of(
                new NegativeRule("negative-competitor", NegativeSignal.COMPETITOR, -100, true, List.of(), List.of()),
                new NegativeRule("negative-job-seeker", NegativeSignal.JOB_SEEKER, -50, true, List.of(),
                        List.of("job seeker", "looking for work", "looking for opportunities", "open to work",
                                "unemployed")),
                new NegativeRule("negative-student", NegativeSignal.STUDENT, -40, false, List.of(),
                        List.of("student", "intern", "phd candidate")),
                new NegativeRule("negative-bad-data", NegativeSignal.BAD_DATA, -50, true,
                        List.of("example.com", "example.org", "test.com", "mailinator.com", "guerrillamail.com"),
                        List.of("asdf", "qwerty", "xxx")),
                new NegativeRule("negative-unsubscribed", NegativeSignal.UNSUBSCRIBED, -20, false, List.of(),
                        List.of()));
    }
}
