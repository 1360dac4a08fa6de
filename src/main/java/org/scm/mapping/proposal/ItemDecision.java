package org.scm.mapping.proposal;

/** The reviewer's decision on one item. */
public enum ItemDecision {
    PENDING,
    ACCEPTED,
    REJECTED
}
