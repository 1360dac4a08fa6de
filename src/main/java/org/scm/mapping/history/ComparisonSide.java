package org.scm.mapping.history;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scm.mapping.platform.InvalidInputException;

/**
 * One side of a comparison as asked: {@code now}, an edition year ({@code 2014}), a revision
 * ({@code rev:12}) or a moment (an ISO date or date-time, see {@link Moment}).
 */
public sealed interface ComparisonSide {

    record Now() implements ComparisonSide {}

    record EditionYear(int year) implements ComparisonSide {}

    record RevisionNumber(long number) implements ComparisonSide {}

    record At(Moment moment) implements ComparisonSide {}

    Pattern YEAR = Pattern.compile("\\d{4}");
    Pattern REVISION = Pattern.compile("rev:(\\d{1,18})");

    /** @param field the parameter's name, for the 400 answer */
    static ComparisonSide parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "required: an edition year, rev:N, a date or now");
        }
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("now")) {
            return new Now();
        }
        if (YEAR.matcher(trimmed).matches()) {
            return new EditionYear(Integer.parseInt(trimmed));
        }
        Matcher revision = REVISION.matcher(trimmed);
        if (revision.matches()) {
            return new RevisionNumber(Long.parseLong(revision.group(1)));
        }
        try {
            return new At(Moment.parse(trimmed, field));
        } catch (InvalidInputException notAMoment) {
            throw new InvalidInputException(field, "an edition year (2014), rev:N, an ISO date or date-time, or now");
        }
    }

    /** The state of the mapping this side names. */
    default PointInTime resolve(PointsInTime points) {
        Objects.requireNonNull(points, "points");
        if (this instanceof EditionYear edition) {
            return points.atEdition(edition.year());
        }
        if (this instanceof RevisionNumber revision) {
            return points.atRevision(revision.number());
        }
        if (this instanceof At at) {
            return points.at(at.moment());
        }
        return PointInTime.now();
    }
}
