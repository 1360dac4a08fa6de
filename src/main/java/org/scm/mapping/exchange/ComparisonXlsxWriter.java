package org.scm.mapping.exchange;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Matrix;

/**
 * Writes a {@link Comparison} as an Excel workbook whenever a client asks for XLSX: the later state's
 * matrix with the changed cells colored, and the list of changes ({@link MatrixWorkbook#comparison}),
 * named after both sides ({@code scm-mapping-compare-2014-current.xlsx}).
 */
@Provider
@Produces(Formats.XLSX)
public class ComparisonXlsxWriter implements MessageBodyWriter<Comparison> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Comparison.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Comparison comparison,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        ExportFacts facts = CDI.current().select(ExportFacts.class).get();
        PointInTime after = ExportFacts.stateOf(comparison.to());
        Matrix matrix = facts.matrix(after);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Formats.XLSX);
        headers.putSingle("Content-Disposition", Formats.attachment(fileName(comparison) + ".xlsx"));
        body.write(MatrixWorkbook.comparison(
                comparison,
                matrix,
                facts.names(after),
                "Compared: " + ExportFacts.describe(comparison.from()) + " with "
                        + ExportFacts.describe(comparison.to()) + "."));
    }

    static String fileName(Comparison comparison) {
        return "scm-mapping-compare-" + side(comparison.from()) + "-" + side(comparison.to());
    }

    private static String side(Comparison.Side side) {
        if (side.edition() != null) {
            return String.valueOf(side.edition());
        }
        return side.revision() != null ? "revision-" + side.revision() : "current";
    }
}
