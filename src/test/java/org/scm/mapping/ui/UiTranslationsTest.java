package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI speaks es, pt and en completely: the same keys in each, and every fixed key the modules ask for exists. */
class UiTranslationsTest {

    private static final Path JS = Path.of("src/main/webapp/js");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'?([\\w.-]+)'?\\s*:\\s*'", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("[^\\w]t\\('([\\w.-]+)'");

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Set<String> english = keys("en");
        assertEquals(english, keys("es"), "Spanish and English keys differ");
        assertEquals(english, keys("pt"), "Portuguese and English keys differ");
    }

    @Test
    void everyTextTheModulesUseExists() throws IOException {
        Set<String> english = keys("en");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JS)) {
            for (Path file : files.filter(
                            path -> path.toString().endsWith(".js") && !path.startsWith(JS.resolve("i18n")))
                    .toList()) {
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    String key = use.group(1);
                    if (!english.contains(key) && !english.contains(key + "_one")) {
                        missing.add(JS.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    private static Set<String> keys(String language) throws IOException {
        Matcher entry = ENTRY.matcher(Files.readString(JS.resolve("i18n/" + language + ".js")));
        Set<String> keys = new TreeSet<>();
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        assertTrue(keys.size() > 100, language + ": " + keys.size() + " keys read");
        return keys;
    }
}
