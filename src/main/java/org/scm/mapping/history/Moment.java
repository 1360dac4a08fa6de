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
 * A moment asked for with {@code ?at=}, a side of a comparison or a bound of the audit log: a date
 * is the whole of that day in UTC (as {@code ?at=}, its end: everything recorded on that day
 * counts), an instant is exactly then (with {@code Z} or an offset; without either it is read as
 * UTC). Revision times have millisecond precision, so a moment is the span of milliseconds it covers.
 *
 * @param text what the caller wrote
 * @param first the first instant covered, truncated to milliseconds
 * @param last the last instant covered, truncated to milliseconds
 */
public record Moment(String text, Instant first, Instant last) {

    public Moment {
        Objects.requireNonNull(text, "text");
        first = Objects.requireNonNull(first, "first").truncatedTo(ChronoUnit.MILLIS);
        last = Objects.requireNonNull(last, "last").truncatedTo(ChronoUnit.MILLIS);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a moment ends after it starts");
        }
    }

    /**
     * @param field the parameter's name, for the 400 answer
     * @throws InvalidInputException when {@code text} is neither an ISO date nor an ISO date-time
     */
    public static Moment parse(String text, String field) {
        String trimmed = text == null ? "" : text.trim();
        try {
            if (trimmed.length() == 10) {
                Instant start =
                        LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Moment(trimmed, start, start.plus(1, ChronoUnit.DAYS).minusMillis(1));
            }
            Instant instant = trimmed.endsWith("Z") || trimmed.endsWith("z") || trimmed.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(trimmed).toInstant()
                    : LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            return new Moment(trimmed, instant, instant);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "an ISO date (2024-03-31: that day, UTC) or date-time (2024-03-31T12:00:00Z)");
        }
    }

    /** Epoch milliseconds of {@link #last()}: revisions recorded at or before it belong to this moment. */
    public long lastMillis() {
        return last.toEpochMilli();
    }

    public long firstMillis() {
        return first.toEpochMilli();
    }
}
