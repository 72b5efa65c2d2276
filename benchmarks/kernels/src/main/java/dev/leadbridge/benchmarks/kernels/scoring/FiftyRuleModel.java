package dev.leadbridge.benchmarks.kernels.scoring;

import static dev.leadbridge.events.payload.TouchpointType.DEMO_REQUEST;
import static dev.leadbridge.events.payload.TouchpointType.OTHER;
import static dev.leadbridge.events.payload.TouchpointType.PAGE_VIEW;
import static dev.leadbridge.qualification.domain.scoring.TitleRule.Dimension.FUNCTION;
import static dev.leadbridge.qualification.domain.scoring.TitleRule.Dimension.SENIORITY;

import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.qualification.domain.scoring.CompanySizeBand;
import dev.leadbridge.qualification.domain.scoring.CountryRule;
import dev.leadbridge.qualification.domain.scoring.EmailDomainRule;
import dev.leadbridge.qualification.domain.scoring.EngagementRule;
import dev.leadbridge.qualification.domain.scoring.FitRules;
import dev.leadbridge.qualification.domain.scoring.GradeThresholds;
import dev.leadbridge.qualification.domain.scoring.IndustryRule;
import dev.leadbridge.qualification.domain.scoring.MqlCriteria;
import dev.leadbridge.qualification.domain.scoring.NegativeRule;
import dev.leadbridge.qualification.domain.scoring.NegativeSignal;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import dev.leadbridge.qualification.domain.scoring.TitleRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 50-rule scoring model of the scoring benchmark, built through the domain's public API so it is exactly what
 * marketing could publish. It extends the default model (34 rules) in the directions a real customer grows one: more
 * title keywords and functions, finer industries and territories, every touchpoint type scored, and a second rule
 * for two negative signals.
 * <p>
 * The 50 rules: 14 title rules (7 seniority, 7 function), 6 company-size bands, 6 industry rules, 4 country rules,
 * 1 e-mail-domain rule, 12 engagement rules (one per engaging touchpoint type, the most the model allows; an
 * unsubscribe is no engagement) and 7 negative rules.
 * It is kept here rather than derived from {@link ScoringModel#defaultModel()} so that a change to the default model
 * cannot silently change what the benchmark measures.
 */
public final class FiftyRuleModel {

    public static final int TITLE_RULES = 14;
    public static final int COMPANY_SIZE_BANDS = 6;
    public static final int INDUSTRY_RULES = 6;
    public static final int COUNTRY_RULES = 4;
    public static final int EMAIL_DOMAIN_RULES = 1;
    public static final int ENGAGEMENT_RULES = 12;
    public static final int NEGATIVE_RULES = 7;

    public static final ScoringModel MODEL = new ScoringModel(1, fit(), engagement(), negative(),
            new GradeThresholds(60, 40, 20), new MqlCriteria(70, Grade.B, Set.of(DEMO_REQUEST), Duration.ofDays(30)));

    private FiftyRuleModel() {
    }

    /** Every rule of a model, counted the way this class's comment counts them. */
    public static int ruleCount(ScoringModel model) {
        FitRules fit = model.fit();
        return fit.titles().size() + fit.companySizes().size() + fit.industries().size() + fit.countries().size()
                + EMAIL_DOMAIN_RULES + model.engagement().size() + model.negative().size();
    }

    private static FitRules fit() {
        return new FitRules(titles(), companySizes(), industries(), countries(), emailDomain());
    }

    private static List<TitleRule> titles() {
        return List.of(
                new TitleRule("title-c-level", SENIORITY, List.of("chief", "ceo", "cmo", "cro", "cto", "cfo", "coo",
                        "cio", "president"), 25),
                new TitleRule("title-founder", SENIORITY, List.of("founder", "co-founder", "owner", "partner"), 20),
                new TitleRule("title-vp", SENIORITY, List.of("vp", "vice president", "svp", "evp"), 20),
                new TitleRule("title-director", SENIORITY, List.of("director", "head"), 15),
                new TitleRule("title-manager", SENIORITY, List.of("manager", "team lead", "principal"), 10),
                new TitleRule("title-senior-individual", SENIORITY, List.of("senior", "lead", "staff"), 7),
                new TitleRule("title-individual", SENIORITY, List.of("specialist", "analyst", "associate",
                        "coordinator", "representative", "engineer", "consultant"), 5),
                new TitleRule("title-marketing", FUNCTION, List.of("marketing", "demand generation", "growth",
                        "brand"), 15),
                new TitleRule("title-sales", FUNCTION, List.of("sales", "business development",
                        "account executive"), 15),
                new TitleRule("title-revenue-operations", FUNCTION, List.of("revenue operations", "revops",
                        "sales operations", "marketing operations"), 15),
                new TitleRule("title-customer-success", FUNCTION, List.of("customer success",
                        "account management"), 8),
                new TitleRule("title-it", FUNCTION, List.of("it", "information technology", "crm", "systems"), 5),
                new TitleRule("title-finance", FUNCTION, List.of("finance", "procurement", "purchasing"), 3),
                new TitleRule("title-product", FUNCTION, List.of("product", "engineering"), 2));
    }

    private static List<CompanySizeBand> companySizes() {
        return List.of(
                new CompanySizeBand("size-1", 1, 0),
                new CompanySizeBand("size-11", 11, 5),
                new CompanySizeBand("size-51", 51, 15),
                new CompanySizeBand("size-201", 201, 20),
                new CompanySizeBand("size-1001", 1001, 15),
                new CompanySizeBand("size-5001", 5001, 10));
    }

    private static List<IndustryRule> industries() {
        return List.of(
                new IndustryRule("industry-software", List.of("software", "saas", "internet", "technology"), 10),
                new IndustryRule("industry-financial", List.of("financial services", "banking", "insurance"), 8),
                new IndustryRule("industry-professional", List.of("professional services", "consulting", "legal"), 5),
                new IndustryRule("industry-manufacturing", List.of("manufacturing", "industrial"), 4),
                new IndustryRule("industry-healthcare", List.of("healthcare", "pharmaceuticals"), 3),
                new IndustryRule("industry-retail", List.of("retail", "e-commerce"), 2));
    }

    private static List<CountryRule> countries() {
        return List.of(
                new CountryRule("territory-core", List.of("US", "CA", "GB", "IE"), 10),
                new CountryRule("territory-dach-benelux", List.of("DE", "AT", "CH", "NL", "BE", "LU"), 8),
                new CountryRule("territory-nordics-france", List.of("FR", "SE", "NO", "DK", "FI"), 6),
                new CountryRule("territory-apac", List.of("AU", "NZ", "JP", "SG"), 4));
    }

    private static EmailDomainRule emailDomain() {
        return new EmailDomainRule("email-domain", List.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
                "outlook.com", "live.com", "aol.com", "icloud.com", "gmx.de", "web.de", "proton.me", "mail.com",
                "yandex.ru", "qq.com", "orange.fr", "libero.it"), 10, -5);
    }

    /**
     * The default model's eleven engagement rules, and one for the remaining engaging type: every touchpoint type but
     * an unsubscribe is scored.
     */
    private static List<EngagementRule> engagement() {
        List<EngagementRule> rules = new ArrayList<>(ScoringModel.defaultModel().engagement());
        rules.add(EngagementRule.forType(OTHER, 1, Duration.ofDays(7), 5));
        return List.copyOf(rules);
    }

    private static List<NegativeRule> negative() {
        return List.of(
                new NegativeRule("negative-competitor", NegativeSignal.COMPETITOR, -100, true,
                        List.of("rivalcrm.com", "pipelinepro.io", "leadrocket.com"), List.of()),
                new NegativeRule("negative-job-seeker", NegativeSignal.JOB_SEEKER, -50, true, List.of(),
                        List.of("job seeker", "looking for work", "open to work", "unemployed")),
                new NegativeRule("negative-student", NegativeSignal.STUDENT, -40, false, List.of(),
                        List.of("student", "intern", "phd candidate")),
                new NegativeRule("negative-academic-address", NegativeSignal.STUDENT, -20, false,
                        List.of("edu", "ac.uk"), List.of()),
                new NegativeRule("negative-bad-data", NegativeSignal.BAD_DATA, -50, true,
                        List.of("example.com", "test.com", "mailinator.com"), List.of("asdf", "qwerty", "xxx")),
                new NegativeRule("negative-disposable-address", NegativeSignal.BAD_DATA, -30, true,
                        List.of("guerrillamail.com", "10minutemail.com", "trashmail.com"), List.of()),
                new NegativeRule("negative-unsubscribed", NegativeSignal.UNSUBSCRIBED, -20, false, List.of(),
                        List.of()));
    }
}
