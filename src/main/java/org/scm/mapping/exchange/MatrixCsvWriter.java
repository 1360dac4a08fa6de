package org.scm.mapping.exchange;

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
import java.nio.charset.StandardCharsets;
import org.scm.mapping.matrix.Matrix;

/**
 * Writes a {@link Matrix} as CSV in the annex layout whenever a client asks for {@code text/csv},
 * as a download named after the state it shows ({@code scm-mapping-2014.csv}, {@code scm-mapping-revision-7.csv},
 * {@code scm-mapping-current.csv}).
 */
@Provider
@Produces(MatrixCsv.MEDIA_TYPE)
public class MatrixCsvWriter implements MessageBodyWriter<Matrix> {

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
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MatrixCsv.MEDIA_TYPE + "; charset=UTF-8");
        headers.putSingle(
                "Content-Disposition",
                Formats.attachment(Formats.fileName(matrix.edition(), matrix.revision()) + ".csv"));
        body.write(MatrixCsv.write(matrix).getBytes(StandardCharsets.UTF_8));
    }
}
