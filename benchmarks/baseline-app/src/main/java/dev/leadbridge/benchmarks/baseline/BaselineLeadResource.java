package dev.leadbridge.benchmarks.baseline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What intake's throughput is measured against: the same HTTP stack and database client doing the least a lead
 * capture could do, one insert of the body per request. Everything intake does beyond this (authentication,
 * validation, de-duplication, history, the outbox) is the difference the benchmark shows.
 */
@Path("/baseline/leads")
public class BaselineLeadResource {

    private static final String INSERT = "INSERT INTO baseline_lead (id, received_at, body) VALUES ($1, $2, $3::jsonb)";

    private final Pool pool;

    BaselineLeadResource(Pool pool) {
        this.pool = pool;
    }

    /** Non-blocking end to end (a Uni on the event loop), as intake's capture is. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(String body) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.preparedQuery(INSERT).execute(Tuple.of(id, now, body))
                .map(inserted -> Response.accepted("{\"id\":\"" + id + "\"}").build());
    }
}
