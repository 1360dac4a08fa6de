package org.scm.mapping.history;

import java.util.Optional;

/**
 * Who wrote a proposal, for history's "who proposed": implemented by the proposal feature, which sits
 * above history. Optional: without an implementation history names the proposing country only.
 */
public interface ProposalAuthors {

    /** The username of the focal point who created the proposal, if known. */
    Optional<String> creator(long proposal);
}
