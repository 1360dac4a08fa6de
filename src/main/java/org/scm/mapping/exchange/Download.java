package org.scm.mapping.exchange;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A writer of one kind of answer as a file to download: its media type, and a file name taken from what it
 * shows ({@code Content-Disposition: attachment}). The writers of the annex CSV and of the workbooks say only
 * how to name and how to write their file.
 */
abstract class Download<T> implements MessageBodyWriter<T> {

    private final Class<T> written;
    private final String contentType;
    private final String extension;

    Download(Class<T> written, String contentType, String extension) {
        this.written = written;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The file's name without its extension, e.g. {@code scm-mapping-2014}. */
    abstract String fileName(T content);

    abstract byte[] bytes(T content) throws IOException;

    @Override
    public final boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return written.isAssignableFrom(type);
    }

    @Override
    public final void writeTo(
            T content,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        byte[] file = bytes(content);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, contentType);
        headers.putSingle("Content-Disposition", Formats.attachment(fileName(content) + "." + extension));
        body.write(file);
    }
}
