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
import org.scm.mapping.matrix.Matrix;

/**
 * Writes a {@link Matrix} as an Excel workbook ({@link MatrixWorkbook}) whenever a client asks for
 * XLSX, as a download named after the state it shows ({@code scm-mapping-2014.xlsx}).
 */
@Provider
@Produces(Formats.XLSX)
public class MatrixXlsxWriter implements MessageBodyWriter<Matrix> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Matrix.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Matrix matrix,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        ExportFacts facts = CDI.current().select(ExportFacts.class).get();
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Formats.XLSX);
        headers.putSingle(
                "Content-Disposition",
                Formats.attachment(Formats.fileName(matrix.edition(), matrix.revision()) + ".xlsx"));
        body.write(MatrixWorkbook.matrix(
                matrix, facts.names(ExportFacts.stateOf(matrix)), "State shown: " + facts.describe(matrix) + "."));
    }
}
