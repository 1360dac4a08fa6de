package org.scm.mapping.proposal;

import java.time.Instant;

/** A comment as the API shows it; {@code editable} tells whether the caller may still correct it. */
public record CommentView(
        long id,
        String author,
        String role,
        String country,
        Instant createdAt,
        Instant editedAt,
        String text,
        boolean editable,
        long version) {

    static CommentView of(ProposalComment comment, String viewer, Instant now) {
        return new CommentView(
                comment.getId(),
                comment.getAuthor(),
                comment.getAuthorRole(),
                comment.getAuthorCountry().orElse(null),
                comment.getCreatedAt(),
                comment.getEditedAt().orElse(null),
                comment.getText(),
                comment.isEditableBy(viewer, now),
                comment.getVersion());
    }
}
