package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.qualification.persistence.InboxLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where an inbox page starts: just after a position of the inbox's order. Opaque to clients, so the order can change
 * without breaking their links; a cursor of an older order is refused, and the client starts again.
 */
final class InboxCursor {

    private static final String SEPARATOR = "|";

    private InboxCursor() {
    }

    static String after(InboxLine.Position position) {
        String plain = String.join(SEPARATOR, position.slaDueAt().toString(), position.assignedAt().toString(),
                position.leadId().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static InboxLine.Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return InboxLine.Position.START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("a cursor has three parts");
            }
            return new InboxLine.Position(Instant.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "not a cursor of this inbox; start again without one")));
        }
    }
}
