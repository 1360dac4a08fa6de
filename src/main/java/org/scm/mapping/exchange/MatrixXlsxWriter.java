package org.scm.mapping.exchange;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.scm.mapping.matrix.Matrix;

/**
 * Writes a {@link Matrix} as an Excel workbook ({@link MatrixWorkbook}) whenever a client asks for
 * XLSX, as a download named after the state it shows ({@code scm-mapping-2014.xlsx}).
 */
@Provider
@Produces(Formats.XLSX)
public class MatrixXlsxWriter extends Download<Matrix> {

    public MatrixXlsxWriter() {
        super(Matrix.class, Formats.XLSX, "xlsx");
    }

    @Override
    String fileName(Matrix matrix) {
        return Formats.fileName(matrix.edition(), matrix.revision());
    }

    @Override
    byte[] bytes(Matrix matrix) throws IOException {
        ExportFacts facts = CDI.current().select(ExportFacts.class).get();
        return MatrixWorkbook.matrix(
                matrix, facts.names(ExportFacts.stateOf(matrix)), "State shown: " + facts.describe(matrix) + ".");
    }
}
