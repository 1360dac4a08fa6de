package org.scm.mapping.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers of reads, written once per state and kept as bytes (and gzipped bytes): the mapping is
 * read far more often than it changes. A read names its state in its key — a past revision, which never
 * changes, or the current state by the head of the revision chain read just before (see
 * history.MappingStates) — so an entry is never stale: a commit moves the head, and the next read on any
 * instance asks for a new key. Entries of states nobody asks for any more leave when the size bound
 * ({@code scm.cache.max-bytes}, default 64 MB) needs room.
 */
@ApplicationScoped
public class Snapshots {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final Cache<String, Snapshot> cache;

    /** For CDI's proxy only. */
    protected Snapshots() {
        this.cache = null;
    }

    @Inject
    public Snapshots(@ConfigProperty(name = "scm.cache.max-bytes", defaultValue = "67108864") long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Snapshot snapshot) -> snapshot.weight())
                .build();
    }

    /**
     * The answer to a read: from the kept snapshot of {@code key} in this media type, or written now from
     * {@code content} by the application's writer for that type (JSON-B, the annex CSV…) and kept.
     * Concurrent first reads of one key write it once. An exception from {@code content} (an unknown
     * organization…) is thrown and nothing is kept.
     */
    public Response answer(
            String key,
            Supplier<?> content,
            Type genericType,
            MediaType type,
            HttpHeaders request,
            Providers providers) {
        return snapshot(key, content, genericType, type, providers).answer(request, false);
    }

    /**
     * As {@link #answer}, for a read whose content depends on who asks (a cell or profile with the open
     * proposals the viewer may see): kept per viewer, and browsers are told not to store it.
     */
    public Response answerFor(
            String viewer,
            String key,
            Supplier<?> content,
            Type genericType,
            MediaType type,
            HttpHeaders request,
            Providers providers) {
        return snapshot(key + " for " + viewer, content, genericType, type, providers)
                .answer(request, true);
    }

    public Snapshot snapshot(String key, Supplier<?> content, Type genericType, MediaType type, Providers providers) {
        return cache.get(type + " " + key, ignored -> write(content.get(), genericType, type, providers));
    }

    /** Of the media types a read offers (most preferred first), the first the request accepts. */
    public static MediaType chosen(HttpHeaders request, MediaType... offered) {
        for (MediaType acceptable : request.getAcceptableMediaTypes()) {
            for (MediaType candidate : offered) {
                if (acceptable.isCompatible(candidate)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Snapshot write(Object content, Type genericType, MediaType type, Providers providers) {
        Class<?> raw = content.getClass();
        MessageBodyWriter writer = providers.getMessageBodyWriter(raw, genericType, NO_ANNOTATIONS, type);
        if (writer == null) {
            throw new IllegalStateException("no writer for " + raw.getName() + " as " + type);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        try {
            writer.writeTo(content, raw, genericType, NO_ANNOTATIONS, type, headers, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        Map<String, String> written = new LinkedHashMap<>();
        headers.forEach((name, values) -> written.put(name, String.valueOf(values.get(0))));
        return Snapshot.of(type, written, out.toByteArray());
    }
}
