package org.scm.mapping.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.scm.mapping.matrix.Level;

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

    /** Columns, rows and all 754 cells of {@code matrix} (the API's JSON) are those of the annex, in its order. */
    public void assertIsTheMatrix(JsonObject matrix) {
        List<JsonObject> columns = matrix.getJsonArray("columns").getValuesAs(JsonObject.class);
        assertEquals(
                labels(),
                columns.stream().map(column -> column.getString("label")).toList());
        assertEquals(
                IntStream.rangeClosed(1, 26).boxed().toList(),
                columns.stream().map(column -> column.getInt("position")).toList());

        List<JsonObject> themes = matrix.getJsonArray("themes").getValuesAs(JsonObject.class);
        assertEquals(
                rows().stream().map(row -> row.get(0) + " " + row.get(1)).toList(),
                themes.stream()
                        .map(theme -> theme.getInt("number") + " " + theme.getString("title"))
                        .toList());

        Map<String, String> labelOf = new HashMap<>();
        columns.forEach(column -> labelOf.put(column.getString("organization"), column.getString("label")));
        Map<String, String> actual = new HashMap<>();
        for (JsonObject cell : matrix.getJsonArray("cells").getValuesAs(JsonObject.class)) {
            assertEquals(Level.valueOf(cell.getString("level")).symbol(), cell.getString("symbol"), cell.toString());
            actual.put(
                    labelOf.get(cell.getString("organization")) + " × " + cell.getInt("theme"),
                    cell.getString("symbol"));
        }
        assertEquals(754, matrix.getJsonArray("cells").size());
        List<String> differences = new ArrayList<>();
        for (List<String> row : rows()) {
            for (int column = 0; column < labels().size(); column++) {
                String cell = labels().get(column) + " × " + row.get(0);
                String expected = mark(row, column);
                if (!expected.equals(actual.get(cell))) {
                    differences.add(cell + ": annex '" + expected + "', API '" + actual.get(cell) + "'");
                }
            }
        }
        assertEquals(List.of(), differences);
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
