package org.scm.mapping.exchange;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import org.scm.mapping.matrix.Matrix;

/**
 * Writes a {@link Matrix} as CSV in the annex layout whenever a client asks for {@code text/csv},
 * as a download named after the state it shows ({@code scm-mapping-2014.csv}, {@code scm-mapping-revision-7.csv},
 * {@code scm-mapping-current.csv}).
 */
@Provider
@Produces(MatrixCsv.MEDIA_TYPE)
public class MatrixCsvWriter extends Download<Matrix> {

    public MatrixCsvWriter() {
        super(Matrix.class, MatrixCsv.MEDIA_TYPE + "; charset=UTF-8", "csv");
    }

    @Override
    String fileName(Matrix matrix) {
        return Formats.fileName(matrix.edition(), matrix.revision());
    }

    @Override
    byte[] bytes(Matrix matrix) {
        return MatrixCsv.write(matrix).getBytes(StandardCharsets.UTF_8);
    }
}
