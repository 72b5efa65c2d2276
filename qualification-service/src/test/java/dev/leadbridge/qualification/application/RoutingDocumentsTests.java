package dev.leadbridge.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.qualification.domain.routing.Rep;
import dev.leadbridge.qualification.domain.routing.RoutingRule;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import dev.leadbridge.qualification.domain.routing.Segment;
import dev.leadbridge.qualification.domain.routing.SegmentBoundaries;
import dev.leadbridge.qualification.domain.routing.TimeOff;
import dev.leadbridge.qualification.domain.routing.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The routing documents are the API's and storage's shape, apart from the domain records: this is the JSON managers
 * and stored tables have, written out, so a renamed domain field that leaks into it fails here.
 */
class RoutingDocumentsTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final RoutingTable TABLE = new RoutingTable(List.of(new RoutingRule("emea-enterprise", 10,
            "emea", Set.of("GB"), Set.of(Segment.ENTERPRISE), Set.of(Channel.PAID_SEARCH))), "inbound",
            new SegmentBoundaries(200, 1000));
    private static final Rep REP = new Rep("rep-1", "emea", true, 2, 25,
            new WorkingHours(ZoneId.of("Europe/London"), List.of(new WorkingHours.Shift(DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), LocalTime.of(17, 30)))),
            List.of(new TimeOff(Instant.parse("2026-12-24T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"))));

    @Test
    void aRoutingTableReadsAndWritesAsTheDocumentManagersKnow() throws Exception {
        JsonNode written = JSON.valueToTree(RoutingTableDocument.of(TABLE));

        assertThat(written).isEqualTo(JSON.readTree("""
                {"rules": [{"id": "emea-enterprise", "priority": 10, "teamId": "emea", "countries": ["GB"],
                            "segments": ["ENTERPRISE"], "channels": ["paid_search"]}],
                 "defaultTeamId": "inbound", "segments": {"midMarketFrom": 200, "enterpriseFrom": 1000}}"""));
        assertThat(JSON.treeToValue(written, RoutingTableDocument.class).toDomain()).isEqualTo(TABLE);
    }

    @Test
    void aRepReadsAndWritesAsTheDocumentManagersKnow() throws Exception {
        JsonNode written = JSON.valueToTree(RepDocument.of(REP));

        assertThat(written).isEqualTo(JSON.readTree("""
                {"id": "rep-1", "teamId": "emea", "active": true, "weight": 2, "capacity": 25,
                 "hours": {"zone": "Europe/London", "shifts": [{"day": "MONDAY", "start": "09:00:00",
                                                                "end": "17:30:00"}]},
                 "timeOff": [{"start": "2026-12-24T00:00:00Z", "end": "2027-01-02T00:00:00Z"}]}"""));
        assertThat(JSON.treeToValue(written, RepDocument.class).toDomain()).isEqualTo(REP);
    }

    @Test
    void missingPartsStayMissingForValidationToName() {
        RoutingTable table = new RoutingTableDocument(null, null, null, null).toDomain();
        assertThat(table.rules()).isEmpty();
        assertThat(table.segments()).isNull();
        Rep rep = new RepDocument("r", "t", true, 1, 1, null, null).toDomain();
        assertThat(rep.hours()).isNull();
        assertThat(rep.timeOff()).isEmpty();
    }
}
