package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where an inbox page starts: just after the lead with this assignment time and id (the inbox's order). Opaque to
 * clients, so the order can change without breaking their links.
 */
record InboxCursor(Instant assignedAt, UUID leadId) {

    /** Before every lead: PostgreSQL orders UUIDs as unsigned bytes, so the smallest is all zeros. */
    static final InboxCursor START = new InboxCursor(Instant.EPOCH, new UUID(0, 0));

    static String after(Instant assignedAt, UUID leadId) {
        String plain = (assignedAt == null ? Instant.EPOCH : assignedAt) + "|" + leadId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static InboxCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new InboxCursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "not a cursor of this inbox; start again without one")));
        }
    }
}
