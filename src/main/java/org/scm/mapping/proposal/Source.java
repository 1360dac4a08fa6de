package org.scm.mapping.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One piece of evidence for an item: a citation, a link, or both. An absent part is stored as an
 * empty string, so that Envers can match the audit rows of a source on all its columns.
 */
@Embeddable
public class Source {

    public static final int CITATION_MAX = 1000;
    public static final int URL_MAX = 2000;

    @Column(name = "citation", nullable = false, length = CITATION_MAX)
    private String citation = "";

    @Column(name = "url", nullable = false, length = URL_MAX)
    private String url = "";

    protected Source() {
        // for JPA
    }

    public Source(String citation, String url) {
        this.citation = stripped(citation);
        this.url = stripped(url);
        if (this.citation.isEmpty() && this.url.isEmpty()) {
            throw new IllegalArgumentException("a source needs a citation or a URL");
        }
    }

    /** The citation; null when the source is only a link. */
    public String getCitation() {
        return citation.isEmpty() ? null : citation;
    }

    /** The link; null when the source is only a citation. */
    public String getUrl() {
        return url.isEmpty() ? null : url;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source source
                && Objects.equals(citation, source.citation)
                && Objects.equals(url, source.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, url);
    }
}
