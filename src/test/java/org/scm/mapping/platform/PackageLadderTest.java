package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature packages form a ladder (README, "How it is built"): a package may import those below
 * it, never one above. A lower package that needs something of a higher one declares a small
 * interface the higher one implements (e.g. {@code organization.OpenProposals}).
 */
class PackageLadderTest {

    static final List<String> LADDER = List.of(
            "platform",
            "security",
            "history",
            "organization",
            "matrix",
            "edition",
            "proposal",
            "notification",
            "exchange");

    private static final Path SOURCES = Path.of("src/main/java/org/scm/mapping");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.scm\\.mapping\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageImportsOneAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                int level = rung(feature, file);
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    if (rung(imported.group(1), file) > level) {
                        violations.add(SOURCES.relativize(file) + " imports " + imported.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static int rung(String feature, Path file) {
        int rung = LADDER.indexOf(feature);
        if (rung < 0) {
            throw new AssertionError(
                    file + ": package " + feature + " is not on the ladder; add it to LADDER and README");
        }
        return rung;
    }
}
