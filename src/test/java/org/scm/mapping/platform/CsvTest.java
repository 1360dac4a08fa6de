package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsItAndEndsLinesWithCrLf() {
        String csv = new Csv()
                .line(List.of("organization", "theme"))
                .line(Arrays.asList("a,b", "say \"x\"", null, 4, "two\nlines"))
                .toString();
        assertEquals("organization,theme\r\n\"a,b\",\"say \"\"x\"\"\",,4,\"two\nlines\"\r\n", csv);
    }
}
