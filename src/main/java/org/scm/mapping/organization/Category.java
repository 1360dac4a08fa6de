package org.scm.mapping.organization;

/** Where an organization stands in the international system, as the 2014 document groups them. */
public enum Category {
    UN_AGENCY,
    UN_DEPARTMENT_OR_COMMISSION,
    UN_MECHANISM,
    INTER_AGENCY_GROUP,
    NON_UN_GLOBAL,
    NON_UN_REGIONAL
}
