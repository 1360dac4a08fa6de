package org.scm.mapping.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The verified copy of the 2014 annex in the test resources ({@code annex-2014.csv}, see its README):
 * the expected matrix, read with a small RFC 4180 reader of its own so the test does not trust the
 * code under test.
 */
public final class Annex2014 {

    public static final String RESOURCE = "/annex-2014.csv";

    private final String text;
    private final List<List<String>> records;

    private Annex2014(String text) {
        this.text = text;
        this.records = parse(text);
    }

    public static Annex2014 load() {
        try (InputStream in = Annex2014.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not on the test classpath");
            }
            return new Annex2014(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as it is, byte for byte decoded as UTF-8. */
    public String text() {
        return text;
    }

    /** The column labels, in column order (the header without {@code issue_no} and {@code issue}). */
    public List<String> labels() {
        List<String> header = records.get(0);
        return header.subList(2, header.size());
    }

    /** The theme rows: number, title, then one mark per column. */
    public List<List<String>> rows() {
        return records.subList(1, records.size());
    }

    /** A row's mark under a column label: "", "x" or "xx". */
    public static String mark(List<String> row, int column) {
        return row.get(column + 2);
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(record));
                record.clear();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(List.copyOf(record));
        }
        return List.copyOf(records);
    }
}
