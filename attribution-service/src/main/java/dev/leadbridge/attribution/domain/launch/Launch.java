package dev.leadbridge.attribution.domain.launch;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import java.time.LocalDate;
import java.util.Set;

/**
 * A product launch as marketing runs it: a name, the day it launched (UTC) and the campaigns (their tags) that carry
 * it. Its leads are those captured from one of its campaigns on or after that day.
 */
public record Launch(String id, String name, LocalDate launchedOn, Set<String> campaigns) {

    public Launch {
        campaigns = Lenient.set(campaigns);
    }

    void validate(String path, Problems problems) {
        problems.uniqueId(id, path + ".id");
        problems.requireText(name, path + ".name");
        problems.require(launchedOn, path + ".launchedOn");
        problems.check(!campaigns.isEmpty(), "%s.campaigns must name at least one campaign", path);
        problems.check(campaigns.stream().allMatch(campaign -> campaign != null && !campaign.isBlank()),
                "%s.campaigns must not contain an empty entry", path);
    }
}
