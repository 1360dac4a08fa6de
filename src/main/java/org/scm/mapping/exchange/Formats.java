package org.scm.mapping.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats the API downloads in, by the name a {@code ?format=} parameter gives them. */
public final class Formats {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String JSON = "application/json";

    private static final Map<String, String> BY_NAME = Map.of("csv", CSV, "xlsx", XLSX, "pdf", PDF, "json", JSON);

    private Formats() {}

    /** The media type of a format name (csv, xlsx, pdf, json, in any case). */
    public static Optional<String> mediaType(String name) {
        return Optional.ofNullable(
                name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The base of a download's file name for a state of the mapping: {@code scm-mapping-2014},
     * {@code scm-mapping-revision-57}, or {@code scm-mapping-current}.
     *
     * @param edition the edition year asked for, or null
     * @param revision the revision of the state, or null for the current state
     */
    public static String fileName(Integer edition, Long revision) {
        if (edition != null) {
            return "scm-mapping-" + edition;
        }
        return revision != null ? "scm-mapping-revision-" + revision : "scm-mapping-current";
    }

    /** A {@code Content-Disposition} value that downloads as {@code fileName} (ASCII: letters, digits, {@code .-_}). */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }
}
