package dev.leadbridge.sla.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeTests {

    private static final UUID EVENT = UUID.fromString("0b5c8a3e-0000-4000-8000-000000000001");
    private static final UUID LEAD = UUID.fromString("7f3e9a12-1234-4abc-9def-000000000042");
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:30Z");

    @Test
    void aNewLeadTellsItsRepWhatToDoAndWhereToOpenIt() {
        Occurrence assigned = Occurrences.assigned(EVENT, LEAD, "ada", "team-fr", "A", NOON);
        Notice notice = Notice.of(assigned, "https://leads.example/lead.html?id=" + LEAD);

        assertThat(assigned.trigger()).isEqualTo(NotificationTrigger.LEAD_ASSIGNED);
        assertThat(notice.subject()).isEqualTo("[LeadBridge] New lead 7f3e9a12 (grade A) for ada: accept or reject it");
        assertThat(notice.text()).contains("Lead: " + LEAD, "Owner: ada", "Team: team-fr", "When: 2026-12-05 12:00 UTC",
                "Open it: https://leads.example/lead.html?id=" + LEAD);
    }

    @Test
    void aQueuedLeadTellsTheTeamThatNobodyWasFree() {
        Notice notice = Notice.of(Occurrences.assigned(EVENT, LEAD, null, "team-fr", null, NOON), null);

        assertThat(notice.subject()).isEqualTo("[LeadBridge] Lead 7f3e9a12 waits in the queue of team team-fr: "
                + "nobody was free to take it");
        assertThat(notice.text()).doesNotContain("Owner:", "Open it:");
        assertThat(notice.link()).isNull();
    }

    @Test
    void alertsSayHowMuchTimeIsLeftOrHowLateTheLeadIs() {
        Instant due = NOON.plus(Duration.ofMinutes(30));
        assertThat(Occurrences.warning(EVENT, LEAD, "ada", "team-fr", due, NOON).summary())
                .isEqualTo("Lead 7f3e9a12 of ada is due in 30 min (2026-12-05 12:30 UTC): accept or reject it");
        assertThat(Occurrences.warning(EVENT, LEAD, "ada", "team-fr", NOON, NOON).summary())
                .contains("is due now");
        assertThat(Occurrences.breached(EVENT, LEAD, "ada", "team-fr", NOON, Duration.ofMinutes(125),
                NOON.plus(Duration.ofMinutes(125))).summary())
                .isEqualTo("SLA breached: lead 7f3e9a12 of ada was due 2026-12-05 12:00 UTC and is 2 h 5 min late");
        assertThat(Occurrences.escalated(EVENT, LEAD, "ada", "team-fr", 2, "notify_manager", NOON).summary())
                .isEqualTo("SLA escalation 2 (notify_manager): lead 7f3e9a12 of ada in team team-fr is still not "
                        + "accepted");
    }

    @Test
    void durationsReadAsPeoplePlanThem() {
        assertThat(Occurrences.readable(Duration.ofSeconds(59))).isEqualTo("0 min");
        assertThat(Occurrences.readable(Duration.ofMinutes(59))).isEqualTo("59 min");
        assertThat(Occurrences.readable(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Occurrences.readable(Duration.ofHours(27))).isEqualTo("1 d 3 h");
        assertThat(Occurrences.readable(Duration.ofDays(2))).isEqualTo("2 d");
        assertThat(Occurrences.readable(Duration.ofMinutes(-5))).isEqualTo("0 min");
    }

    @Test
    void aLongSubjectIsCutToWhatMailClientsShow() {
        String team = "t".repeat(400);
        Notice notice = Notice.of(Occurrences.assigned(EVENT, LEAD, null, team, null, NOON), null);

        assertThat(notice.subject()).hasSize(Notice.MAX_SUBJECT).endsWith("…");
        assertThat(notice.text()).contains("Team: " + team);
    }
}
