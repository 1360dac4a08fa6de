package org.scm.mapping.proposal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.scm.mapping.platform.Problems;

/** Why an item is proposed: a justification and the sources that support it. */
public record Evidence(String justification, List<Source> sources) {

    public static final int JUSTIFICATION_MAX = 4000;
    public static final int SOURCES_MAX = 20;

    public Evidence {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Reads the evidence of an item; a justification is always required, a source where the change needs one. */
    static Evidence read(ItemInput input, Problems problems) {
        String justification = problems.requiredText(
                input.justification(), "justification", JUSTIFICATION_MAX, "a justification is required");
        return new Evidence(justification, sources(input.sources(), problems));
    }

    /** Notes a problem when changes of {@code kind} need a source and there is none. */
    void checkFor(ItemKind kind, Problems problems) {
        if (kind.needsSource() && sources.isEmpty()) {
            problems.add("sources", "a cell change needs at least one source (citation or URL)");
        }
    }

    private static List<Source> sources(List<ItemInput.SourceInput> inputs, Problems problems) {
        List<Source> sources = new ArrayList<>();
        if (inputs == null) {
            return sources;
        }
        if (inputs.size() > SOURCES_MAX) {
            problems.add("sources", "at most " + SOURCES_MAX + " sources");
            return sources;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput.SourceInput input = inputs.get(i);
            String at = "sources[" + i + "]";
            String citation =
                    input == null ? null : problems.text(input.citation(), at + ".citation", Source.CITATION_MAX);
            String url = input == null ? null : problems.text(input.url(), at + ".url", Source.URL_MAX);
            if (url != null && !isWebAddress(url)) {
                problems.add(at + ".url", "an http or https address is required");
            } else if (citation == null && url == null) {
                problems.add(at, "a source needs a citation or a URL");
            } else {
                sources.add(new Source(citation, url));
            }
        }
        return sources;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
