package org.scm.mapping.proposal;

import java.util.List;

/**
 * An item as a client sends it, before validation. Enumerations travel as text so that a wrong
 * value is reported against its field rather than as an unreadable body.
 */
public record ItemInput(
        String kind,
        String organization,
        Integer theme,
        String field,
        String level,
        String note,
        String text,
        String name,
        String category,
        Integer foundingYear,
        Boolean inMatrix,
        String justification,
        List<SourceInput> sources) {

    /** One piece of evidence: a citation, a URL, or both. */
    public record SourceInput(String citation, String url) {}
}
