package org.scm.mapping.edition;

import java.time.LocalDate;

/** An edition as the API shows it. */
public record EditionView(int year, String title, String event, String place, LocalDate publishedOn,
                          EditionState state, Long frozenRevision) {

    public static EditionView of(Edition edition) {
        return new EditionView(edition.getYear(), edition.getTitle(), edition.getEvent().orElse(null),
                edition.getPlace().orElse(null), edition.getPublishedOn().orElse(null), edition.getState(),
                edition.getFrozenRevision().orElse(null));
    }
}
