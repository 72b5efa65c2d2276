package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules that score who a lead is: job title, company size, industry, country and e-mail domain. Each kind of
 * rule contributes at most once (title: once per dimension), so a fit score cannot be inflated by overlapping rules.
 */
public record FitRules(
        List<TitleRule> titles,
        List<CompanySizeBand> companySizes,
        List<IndustryRule> industries,
        List<CountryRule> countries,
        EmailDomainRule emailDomain) {

    public FitRules {
        titles = Lenient.list(titles);
        companySizes = Lenient.list(companySizes);
        industries = Lenient.list(industries);
        countries = Lenient.list(countries);
    }

    /** The fit lines of the lead's breakdown, in rule order; rules worth zero points are left out. */
    List<ScoreContribution> contributions(LeadProfile lead) {
        return contributions(lead, Text.words(lead.jobTitle()));
    }

    /**
     * As {@link #contributions(LeadProfile)}, with the title already split into {@link Text#words}: the scorer
     * needs the words for negative rules too. Plain loops rather than streams, as this runs for every lead scored.
     */
    List<ScoreContribution> contributions(LeadProfile lead, List<String> titleWords) {
        List<ScoreContribution> lines = new ArrayList<>(TitleRule.Dimension.values().length + 4);
        for (TitleRule.Dimension dimension : TitleRule.Dimension.values()) {
            addIfScoring(lines, bestTitleRule(dimension, titleWords));
        }
        CompanySizeBand band = sizeBand(lead.companySize());
        if (band != null) {
            addIfScoring(lines, line(band.id(), band.points(), "company size " + lead.companySize()
                    + " is in the band from " + band.minEmployees() + " employees"));
        }
        for (IndustryRule rule : industries) {
            if (rule.covers(lead.industry())) {
                addIfScoring(lines, line(rule.id(), rule.points(), "industry '" + lead.industry() + "'"));
                break;
            }
        }
        for (CountryRule rule : countries) {
            if (rule.covers(lead.country())) {
                addIfScoring(lines, line(rule.id(), rule.points(), "country " + lead.country()));
                break;
            }
        }
        addIfScoring(lines, emailLine(lead.emailDomain()));
        return lines;
    }

    private static void addIfScoring(List<ScoreContribution> lines, ScoreContribution line) {
        if (line != null && line.points() != 0) {
            lines.add(line);
        }
    }

    /** The line of the dimension's title rule with the most points (the earlier on a tie), or null if none matches. */
    private ScoreContribution bestTitleRule(TitleRule.Dimension dimension, List<String> titleWords) {
        ScoreContribution best = null;
        for (TitleRule rule : titles) {
            if (rule.dimension() != dimension || (best != null && rule.points() <= best.points())) {
                continue;
            }
            String keyword = rule.keywordIn(titleWords);
            if (keyword != null) {
                best = line(rule.id(), rule.points(), "job title contains '" + keyword + "' ("
                        + dimension.name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        return best;
    }

    /** The band with the highest minimum the size reaches, or null for an unknown size or none reached. */
    private CompanySizeBand sizeBand(int companySize) {
        CompanySizeBand largest = null;
        if (companySize <= 0) {
            return null;
        }
        for (CompanySizeBand band : companySizes) {
            if (band.minEmployees() <= companySize
                    && (largest == null || band.minEmployees() > largest.minEmployees())) {
                largest = band;
            }
        }
        return largest;
    }

    private ScoreContribution emailLine(String emailDomain) {
        if (emailDomain.isEmpty()) {
            return null;
        }
        return emailDomain().isFreeMail(emailDomain)
                ? line(emailDomain().id(), emailDomain().freeMailPoints(), "free-mail address at " + emailDomain)
                : line(emailDomain().id(), emailDomain().corporatePoints(), "corporate e-mail domain " + emailDomain);
    }

    private static ScoreContribution line(String ruleId, int points, String reason) {
        return new ScoreContribution(ruleId, ScoreCategory.FIT, points, reason, null);
    }

    void validate(Problems problems) {
        problems.each(titles, "fit.titles", (rule, path) -> rule.validate(path, problems));
        problems.each(companySizes, "fit.companySizes", (band, path) -> band.validate(path, problems));
        problems.each(industries, "fit.industries", (rule, path) -> rule.validate(path, problems));
        problems.each(countries, "fit.countries", (rule, path) -> rule.validate(path, problems));
        if (problems.require(emailDomain, "fit.emailDomain")) {
            emailDomain.validate("fit.emailDomain", problems);
        }
        checkNoOverlaps(problems);
    }

    private void checkNoOverlaps(Problems problems) {
        Map<Integer, String> bandsByMin = new HashMap<>();
        companySizes.stream().filter(Objects::nonNull).forEach(band -> {
            String other = bandsByMin.putIfAbsent(band.minEmployees(), band.id());
            problems.check(other == null, "fit.companySizes: bands '%s' and '%s' both start at %d employees",
                    other, band.id(), band.minEmployees());
        });
        Map<String, String> rulesByIndustry = new HashMap<>();
        industries.stream().filter(Objects::nonNull).forEach(rule -> rule.industries().stream()
                .filter(Objects::nonNull).map(Text::key).distinct().forEach(industry -> {
                    String other = rulesByIndustry.putIfAbsent(industry, rule.id());
                    problems.check(other == null, "fit.industries: '%s' is in both '%s' and '%s'",
                            industry, other, rule.id());
                }));
        Map<String, String> rulesByCountry = new HashMap<>();
        countries.stream().filter(Objects::nonNull).forEach(rule -> rule.countries().stream()
                .filter(Objects::nonNull).distinct().forEach(country -> {
                    String other = rulesByCountry.putIfAbsent(country, rule.id());
                    problems.check(other == null, "fit.countries: %s is in both '%s' and '%s'",
                            country, other, rule.id());
                }));
    }
}
