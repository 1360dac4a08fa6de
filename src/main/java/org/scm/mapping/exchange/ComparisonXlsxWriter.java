package org.scm.mapping.exchange;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;

/**
 * Writes a {@link Comparison} as an Excel workbook whenever a client asks for XLSX: the later state's
 * matrix with the changed cells colored, and the list of changes ({@link MatrixWorkbook#comparison}),
 * named after both sides ({@code scm-mapping-compare-2014-current.xlsx}).
 */
@Provider
@Produces(Formats.XLSX)
public class ComparisonXlsxWriter extends Download<Comparison> {

    public ComparisonXlsxWriter() {
        super(Comparison.class, Formats.XLSX, "xlsx");
    }

    @Override
    byte[] bytes(Comparison comparison) throws IOException {
        ExportFacts facts = CDI.current().select(ExportFacts.class).get();
        PointInTime after = ExportFacts.stateOf(comparison.to());
        return MatrixWorkbook.comparison(
                comparison,
                facts.matrix(after),
                facts.names(after),
                "Compared: " + ExportFacts.describe(comparison.from()) + " with "
                        + ExportFacts.describe(comparison.to()) + ".");
    }

    @Override
    String fileName(Comparison comparison) {
        return name(comparison);
    }

    static String name(Comparison comparison) {
        return "scm-mapping-compare-" + side(comparison.from()) + "-" + side(comparison.to());
    }

    private static String side(Comparison.Side side) {
        if (side.edition() != null) {
            return String.valueOf(side.edition());
        }
        return side.revision() != null ? "revision-" + side.revision() : "current";
    }
}
