package dev.leadbridge.qualification.support;

import static dev.leadbridge.qualification.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drafts of the scoring model for tests that publish one: every test of the module scores under the model in use, so
 * a test that needs a new version changes nothing another test's leads notice.
 */
public final class ScoringModelDrafts {

    private static final String ANTARCTICA = "AQ";

    private ScoringModelDrafts() {
    }

    /** The model in use, as marketing reads it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> inUse() {
        return as("marketing-1", "marketing").when().get("/api/v1/scoring-model")
                .then().statusCode(200).extract().as(Map.class);
    }

    /**
     * The model with a country rule of a new id for Antarctica, where no test lead is: a different model for the
     * history, the same scores for every lead. An earlier such rule goes, as a country may be in one rule only.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withHarmlessRule(Map<String, Object> model) {
        Map<String, Object> fit = (Map<String, Object>) model.get("fit");
        List<Map<String, Object>> countries = new ArrayList<>((List<Map<String, Object>>) fit.get("countries"));
        countries.removeIf(rule -> ((List<String>) rule.get("countries")).contains(ANTARCTICA));
        countries.add(Map.of("id", "antarctica-" + UUID.randomUUID(), "countries", List.of(ANTARCTICA), "points", 1));
        fit.put("countries", countries);
        return model;
    }

    /** The id of the rule {@link #withHarmlessRule} added. */
    @SuppressWarnings("unchecked")
    public static String harmlessRuleId(Map<String, Object> model) {
        List<Map<String, Object>> countries = (List<Map<String, Object>>) ((Map<String, Object>) model.get("fit"))
                .get("countries");
        return (String) countries.get(countries.size() - 1).get("id");
    }
}
