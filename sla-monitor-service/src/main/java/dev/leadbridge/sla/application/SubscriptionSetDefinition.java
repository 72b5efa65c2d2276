package dev.leadbridge.sla.application;

import dev.leadbridge.sla.domain.notification.Subscription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every notification subscription, published at once as one version. */
public record SubscriptionSetDefinition(List<SubscriptionDefinition> subscriptions) {

    /** More would make one event fan out into more sends than one transaction should write. */
    static final int MAX_SUBSCRIPTIONS = 500;

    /**
     * Every problem with the set, each starting with the offending field ({@code subscriptions[1].email ...}); empty
     * when it can be published. {@code webhooksSignable}: whether the service has a secret to sign webhooks with.
     */
    public List<String> validate(boolean webhooksSignable) {
        List<String> problems = new ArrayList<>();
        if (subscriptions == null) {
            problems.add("subscriptions is required (an empty list subscribes nobody)");
            return problems;
        }
        if (subscriptions.size() > MAX_SUBSCRIPTIONS) {
            problems.add("subscriptions holds at most " + MAX_SUBSCRIPTIONS + ", not " + subscriptions.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            SubscriptionDefinition subscription = subscriptions.get(i);
            String path = "subscriptions[" + i + "]";
            if (subscription == null) {
                problems.add(path + " is empty");
                continue;
            }
            subscription.validate(path, webhooksSignable, problems);
            if (subscription.id() != null && !ids.add(subscription.id())) {
                problems.add(path + ".id '" + subscription.id() + "' is used twice");
            }
        }
        return problems;
    }

    /** The domain subscriptions of a valid set. */
    List<Subscription> toDomain() {
        return subscriptions.stream().map(SubscriptionDefinition::toDomain).toList();
    }
}
