package org.scm.mapping.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer of a read, written once: its bytes, the same bytes gzipped, and a strong ETag taken from
 * the content (so two states with the same content have the same tag, and a tag never names two
 * contents). Immutable; {@link Snapshots} keeps it for as long as the state it shows can be asked for.
 */
public final class Snapshot {

    /**
     * An answer that is the same for everyone signed in: browsers may keep it but must ask again (a 304
     * then costs no body), shared caches never (it needs a sign-in).
     */
    static final String REVALIDATE = "private, no-cache";

    /** An answer for one viewer (it lists what only they may see): nobody keeps it. */
    static final String NOT_STORED = "no-store";

    private static final String VARY = "Accept, Accept-Encoding, Authorization";

    private final MediaType type;
    private final Map<String, String> headers;
    private final byte[] identity;
    private final byte[] gzipped;
    private final String tag;

    private Snapshot(MediaType type, Map<String, String> headers, byte[] identity, byte[] gzipped, String tag) {
        this.type = type;
        this.headers = headers;
        this.identity = identity;
        this.gzipped = gzipped;
        this.tag = tag;
    }

    /**
     * @param headers what the writer of the bytes set besides them ({@code Content-Type} with its charset,
     *     {@code Content-Disposition}); sent with every answer
     */
    public static Snapshot of(MediaType type, Map<String, String> headers, byte[] body) {
        MediaType written = type;
        Map<String, String> others = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                written = MediaType.valueOf(header.getValue());
            } else {
                others.put(header.getKey(), header.getValue());
            }
        }
        return new Snapshot(written, Map.copyOf(others), body.clone(), gzip(body), digest(body));
    }

    /**
     * The answer to a request with these headers: 304 when it already has this content, else the bytes.
     *
     * @param forOneViewer whether the content depends on who asks (then browsers must not store it)
     */
    public Response answer(HttpHeaders request, boolean forOneViewer) {
        boolean gzip = acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        EntityTag entityTag = new EntityTag(gzip ? tag + "-gzip" : tag);
        Response.ResponseBuilder answer;
        if (alreadyHas(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            answer = Response.notModified(entityTag);
        } else {
            answer = Response.ok(gzip ? gzipped : identity, type);
            headers.forEach(answer::header);
        }
        if (gzip) {
            answer.encoding("gzip");
        }
        return answer.tag(entityTag)
                .header(HttpHeaders.CACHE_CONTROL, forOneViewer ? NOT_STORED : REVALIDATE)
                .header(HttpHeaders.VARY, VARY)
                .build();
    }

    public byte[] body() {
        return identity.clone();
    }

    public String tag() {
        return tag;
    }

    /** Bytes held, for the cache's size bound. */
    int weight() {
        return identity.length + gzipped.length + 256;
    }

    /** Whether an If-None-Match header names this content (either coding; weak comparison, as RFC 9110 asks). */
    boolean alreadyHas(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String named = candidate.strip();
            if (named.equals("*")) {
                return true;
            }
            if (named.startsWith("W/")) {
                named = named.substring(2);
            }
            named = named.replace("\"", "");
            if (named.equals(tag) || named.equals(tag + "-gzip")) {
                return true;
            }
        }
        return false;
    }

    /** Whether Accept-Encoding allows gzip (named, or {@code *}, with a weight above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            List<String> parts = List.of(coding.split(";"));
            String name = parts.get(0).strip();
            if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = parts.stream()
                    .skip(1)
                    .map(String::strip)
                    .filter(parameter -> parameter.startsWith("q="))
                    .anyMatch(weight -> isZero(weight.substring(2)));
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZero(String weight) {
        try {
            return Double.parseDouble(weight.strip()) == 0;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
