package org.scm.mapping.organization;

import java.util.List;
import org.scm.mapping.security.CurrentUser;

/**
 * The open proposals (draft, submitted or sent back) touching an organization or one of its cells
 * that a caller may see. The read side shows them with profiles and cells; the proposal feature,
 * which sits above it, answers.
 */
public interface OpenProposals {

    /** @param theme a theme number to narrow to one cell, or null for anything about the organization */
    List<OpenProposal> touching(CurrentUser user, String organization, Integer theme);

    /** An open proposal in brief. */
    record OpenProposal(long id, String country, String title, String status) {}
}
