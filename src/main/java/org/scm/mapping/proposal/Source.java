package org.scm.mapping.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One piece of evidence for an item: a citation, a link, or both. */
@Embeddable
public class Source {

    public static final int CITATION_MAX = 1000;
    public static final int URL_MAX = 2000;

    @Column(name = "citation", length = CITATION_MAX)
    private String citation;

    @Column(name = "url", length = URL_MAX)
    private String url;

    protected Source() {
        // for JPA
    }

    public Source(String citation, String url) {
        this.citation = blankToNull(citation);
        this.url = blankToNull(url);
        if (this.citation == null && this.url == null) {
            throw new IllegalArgumentException("a source needs a citation or a URL");
        }
    }

    public String getCitation() {
        return citation;
    }

    public String getUrl() {
        return url;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source source && Objects.equals(citation, source.citation)
                && Objects.equals(url, source.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, url);
    }
}
