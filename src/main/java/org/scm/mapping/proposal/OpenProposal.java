package org.scm.mapping.proposal;

/** An open proposal (draft, submitted or sent back) that touches a cell or an organization. */
public record OpenProposal(long id, String country, String title, ProposalStatus status) {
}
