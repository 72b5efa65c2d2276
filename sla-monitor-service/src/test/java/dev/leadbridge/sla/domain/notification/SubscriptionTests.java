package dev.leadbridge.sla.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTests {

    private static Occurrence occurrence(NotificationTrigger trigger, String owner, String team) {
        return new Occurrence(UUID.randomUUID(), trigger, UUID.randomUUID(), owner, team,
                Instant.parse("2026-12-05T09:00:00Z"), "something happened");
    }

    private static Subscription subscription(String audience, NotificationTrigger... triggers) {
        return new Subscription("s-1", Audience.parse(audience), Set.of(triggers), DeliveryChannel.EMAIL,
                "someone@leadbridge.example");
    }

    @Test
    void aRepHearsOnlyAboutTheLeadsTheyOwn() {
        Subscription ada = subscription("rep:ada", NotificationTrigger.LEAD_ASSIGNED);
        assertThat(ada.wants(occurrence(NotificationTrigger.LEAD_ASSIGNED, "ada", "team-fr"))).isTrue();
        assertThat(ada.wants(occurrence(NotificationTrigger.LEAD_ASSIGNED, "linus", "team-fr"))).isFalse();
        assertThat(ada.wants(occurrence(NotificationTrigger.LEAD_ASSIGNED, null, "team-fr"))).isFalse();
    }

    @Test
    void aTeamHearsAboutItsLeadsAndARoleAboutEveryLeadOnlyOnTheTriggersTheyChose() {
        Subscription team = subscription("team:team-fr", NotificationTrigger.SLA_BREACHED,
                NotificationTrigger.SLA_ESCALATED);
        Subscription managers = subscription("role:manager", NotificationTrigger.SLA_ESCALATED);
        Occurrence breach = occurrence(NotificationTrigger.SLA_BREACHED, "ada", "team-fr");
        Occurrence escalationElsewhere = occurrence(NotificationTrigger.SLA_ESCALATED, "jose", "team-es");

        assertThat(team.wants(breach)).isTrue();
        assertThat(team.wants(escalationElsewhere)).isFalse();
        assertThat(managers.wants(breach)).as("not a trigger they chose").isFalse();
        assertThat(managers.wants(escalationElsewhere)).isTrue();
    }

    @Test
    void audiencesAndTriggersReadAndWriteTheirWireForm() {
        assertThat(Audience.parse("rep:ada")).isEqualTo(new Audience.Rep("ada"));
        assertThat(Audience.parse("team:team-fr").wire()).isEqualTo("team:team-fr");
        assertThat(Audience.parse("role:manager")).isEqualTo(new Audience.Role("manager"));
        for (String bad : new String[] {"ada", "rep:", ":ada", "group:x", ""}) {
            assertThatThrownBy(() -> Audience.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(NotificationTrigger.SLA_WARNING.wire()).isEqualTo("sla.warning");
        assertThat(NotificationTrigger.fromWire("lead.assigned")).contains(NotificationTrigger.LEAD_ASSIGNED);
        assertThat(NotificationTrigger.fromWire("lead.accepted")).isEmpty();
    }

    @Test
    void aSubscriptionNamesAtLeastOneTrigger() {
        assertThatThrownBy(() -> new Subscription("s", new Audience.Rep("ada"), Set.of(), DeliveryChannel.WEBHOOK,
                "https://hooks.example/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
