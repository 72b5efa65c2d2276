package dev.leadbridge.intake.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The answer given to a request with an {@code Idempotency-Key}, replayed when the same request comes again. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequestEntity.Key.class)
public class IdempotentRequestEntity {

    @Id
    @Column(length = 120)
    public String client;
    @Id
    @Column(name = "idempotency_key", length = 200)
    public String idempotencyKey;
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;
    @Column(nullable = false)
    public int status;
    @Column(name = "response_body", nullable = false, columnDefinition = "text")
    public String responseBody;
    @Column(length = 2000)
    public String location;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The composite key: keys are unique per client, not globally. */
    public static class Key implements Serializable {

        public String client;
        public String idempotencyKey;

        public Key() {
        }

        public Key(String client, String idempotencyKey) {
            this.client = client;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(client, key.client)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(client, idempotencyKey);
        }
    }
}
