package dev.leadbridge.sla.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.sla.domain.notification.Audience;
import dev.leadbridge.sla.domain.notification.DeliveryChannel;
import dev.leadbridge.sla.domain.notification.NotificationTrigger;
import dev.leadbridge.sla.domain.notification.Subscription;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionSetDefinitionTests {

    private static SubscriptionDefinition mail(String id, String audience, String email, String... triggers) {
        return new SubscriptionDefinition(id, audience, Arrays.asList(triggers), email, null);
    }

    private static SubscriptionDefinition hook(String id, String audience, String url, String... triggers) {
        return new SubscriptionDefinition(id, audience, Arrays.asList(triggers), null, url);
    }

    private static List<String> fields(List<String> problems) {
        return problems.stream().map(problem -> problem.split(" ", 2)[0]).toList();
    }

    @Test
    void aValidSetBecomesDomainSubscriptions() {
        SubscriptionSetDefinition set = new SubscriptionSetDefinition(List.of(
                mail("ada-new", "rep:ada", "ada@leadbridge.example", "lead.assigned", "sla.warning"),
                hook("emea-slack", "team:emea", "https://hooks.example/services/T0/B0/x", "sla.breached")));

        assertThat(set.validate(true)).isEmpty();
        assertThat(set.toDomain()).containsExactly(
                new Subscription("ada-new", new Audience.Rep("ada"),
                        Set.of(NotificationTrigger.LEAD_ASSIGNED, NotificationTrigger.SLA_WARNING),
                        DeliveryChannel.EMAIL, "ada@leadbridge.example"),
                new Subscription("emea-slack", new Audience.Team("emea"), Set.of(NotificationTrigger.SLA_BREACHED),
                        DeliveryChannel.WEBHOOK, "https://hooks.example/services/T0/B0/x"));
    }

    @Test
    void everyProblemIsNamedByItsField() {
        SubscriptionSetDefinition set = new SubscriptionSetDefinition(Arrays.asList(
                mail("Bad Id", "rep:ada", "ada@leadbridge.example", "lead.assigned"),
                mail("no-trigger", "group:x", "not-an-address"),
                new SubscriptionDefinition("both", "role:manager", List.of("lead.accepted"), "a@b.example",
                        "https://x.example"),
                hook("ftp", "role:wizard", "ftp://files.example/x", "sla.breached"),
                hook("creds", "team:emea", "https://user:pw@hooks.example/x", "sla.breached"),
                mail("no-trigger", "rep:linus", "linus@leadbridge.example", "sla.warning"),
                null));

        assertThat(fields(set.validate(true))).containsExactlyInAnyOrder(
                "subscriptions[0].id",
                "subscriptions[1].audience", "subscriptions[1].triggers", "subscriptions[1].email",
                "subscriptions[2].triggers", "subscriptions[2]",
                "subscriptions[3].audience", "subscriptions[3].webhookUrl",
                "subscriptions[4].webhookUrl",
                "subscriptions[5].id",
                "subscriptions[6]");
    }

    @Test
    void aWebhookNeedsTheSigningSecretAndAMissingListIsNotAnEmptyOne() {
        SubscriptionSetDefinition hooks = new SubscriptionSetDefinition(List.of(
                hook("slack", "team:emea", "https://hooks.example/x", "sla.breached")));

        assertThat(fields(hooks.validate(false))).containsExactly("subscriptions[0].webhookUrl");
        assertThat(new SubscriptionSetDefinition(List.of()).validate(false)).isEmpty();
        assertThat(fields(new SubscriptionSetDefinition(null).validate(true))).containsExactly("subscriptions");
    }
}
