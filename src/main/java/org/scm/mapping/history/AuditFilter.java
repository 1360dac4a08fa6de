package org.scm.mapping.history;

/**
 * What the audit log is narrowed to; every part is optional (null).
 *
 * @param country the actor's country or the country of the proposal the revision belongs to
 * @param organization an organization code: revisions that changed its profile or one of its cells
 * @param theme a theme number: revisions that changed the theme or one of its cells
 * @param proposal revisions that applied this proposal or record its draft or review
 * @param from revisions recorded at or after its first instant
 * @param to revisions recorded at or before its last instant
 */
public record AuditFilter(
        String actor,
        String country,
        String organization,
        Integer theme,
        String action,
        Long proposal,
        Moment from,
        Moment to) {}
