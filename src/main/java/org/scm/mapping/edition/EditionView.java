package org.scm.mapping.edition;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition as the API shows it; once published, {@code frozenRevision} is the revision it stands
 * at and {@code headHash} that revision's link in the hash chain, to be cited with the edition.
 *
 * @param allowedActions the steps its state allows next (taken by the secretariat)
 */
@JsonbNillable
public record EditionView(
        int year,
        String title,
        String event,
        String place,
        LocalDate publishedOn,
        EditionState state,
        Long frozenRevision,
        String notes,
        String headHash,
        List<String> allowedActions) {

    public static EditionView of(Edition edition, String headHash) {
        return new EditionView(
                edition.getYear(),
                edition.getTitle(),
                edition.getEvent().orElse(null),
                edition.getPlace().orElse(null),
                edition.getPublishedOn().orElse(null),
                edition.getState(),
                edition.getFrozenRevision().orElse(null),
                edition.getNotes().orElse(null),
                headHash,
                EditionStep.allowedIn(edition.getState()).stream()
                        .sorted()
                        .map(EditionStep::pathName)
                        .toList());
    }
}
