package org.scm.mapping.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.scm.mapping.platform.InvalidInputException;

/**
 * A moment asked for with {@code ?at=} or a side of a comparison: a date means the end of that day in
 * UTC (everything recorded on that day counts), an instant means exactly then (with {@code Z} or an
 * offset; without either it is read as UTC). Revision times have millisecond precision, so a moment is
 * the last millisecond it includes.
 *
 * @param text what the caller wrote
 * @param last the last instant included, truncated to milliseconds
 */
public record Moment(String text, Instant last) {

    public Moment {
        Objects.requireNonNull(text, "text");
        last = Objects.requireNonNull(last, "last").truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * @param field the parameter's name, for the 400 answer
     * @throws InvalidInputException when {@code text} is neither an ISO date nor an ISO date-time
     */
    public static Moment parse(String text, String field) {
        String trimmed = text == null ? "" : text.trim();
        try {
            if (trimmed.length() == 10) {
                LocalDate day = LocalDate.parse(trimmed);
                return new Moment(trimmed, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
            }
            if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return new Moment(trimmed, OffsetDateTime.parse(trimmed).toInstant());
            }
            return new Moment(trimmed, LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field,
                    "an ISO date (2024-03-31, meaning the end of that day, UTC) or date-time (2024-03-31T12:00:00Z)");
        }
    }

    /** Epoch milliseconds of {@link #last()}: revisions recorded at or before it belong to this moment. */
    public long lastMillis() {
        return last.toEpochMilli();
    }
}
