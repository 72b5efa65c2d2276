package dev.leadbridge.qualification.domain.scoring;

import dev.leadbridge.events.payload.ScoreCategory;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.qualification.domain.Lenient;
import dev.leadbridge.qualification.domain.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        List<ScoreContribution> lines = new ArrayList<>();
        List<String> titleWords = Text.words(lead.jobTitle());
        for (TitleRule.Dimension dimension : TitleRule.Dimension.values()) {
            bestTitleRule(dimension, titleWords).ifPresent(lines::add);
        }
        sizeBand(lead.companySize()).ifPresent(band -> lines.add(line(band.id(), band.points(),
                "company size " + lead.companySize() + " is in the band from " + band.minEmployees() + " employees")));
        industries.stream().filter(rule -> rule.covers(lead.industry())).findFirst()
                .ifPresent(rule -> lines.add(line(rule.id(), rule.points(), "industry '" + lead.industry() + "'")));
        countries.stream().filter(rule -> rule.covers(lead.country())).findFirst()
                .ifPresent(rule -> lines.add(line(rule.id(), rule.points(), "country " + lead.country())));
        emailLine(lead.emailDomain()).ifPresent(lines::add);
        return lines.stream().filter(line -> line.points() != 0).toList();
    }

    private Optional<ScoreContribution> bestTitleRule(TitleRule.Dimension dimension, List<String> titleWords) {
        ScoreContribution best = null;
        for (TitleRule rule : titles) {
            Optional<String> keyword = rule.dimension() == dimension ? rule.keywordIn(titleWords) : Optional.empty();
            if (keyword.isPresent() && (best == null || rule.points() > best.points())) {
                best = line(rule.id(), rule.points(), "job title contains '" + keyword.get() + "' ("
                        + dimension.name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<CompanySizeBand> sizeBand(int companySize) {
        return companySizes.stream()
                .filter(band -> companySize > 0 && band.minEmployees() <= companySize)
                .max(Comparator.comparingInt(CompanySizeBand::minEmployees));
    }

    private Optional<ScoreContribution> emailLine(String emailDomain) {
        if (emailDomain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(emailDomain().isFreeMail(emailDomain)
                ? line(emailDomain().id(), emailDomain().freeMailPoints(), "free-mail address at " + emailDomain)
                : line(emailDomain().id(), emailDomain().corporatePoints(), "corporate e-mail domain " + emailDomain));
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
