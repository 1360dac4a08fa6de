package org.scm.mapping.platform;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every JSON body of the API, before JSON-B binds it: decoded as strict UTF-8, nested at most
 * {@value #DEPTH_MAX} levels, and checked against the type of the resource method's body parameter
 * ({@link JsonShape}): wrong JSON types, unknown fields and text that is not text are answered with a
 * 400 naming each field, before the resource runs, and nothing is converted; a key given twice is
 * malformed. Bodies JSON-B does not
 * bind (text, bytes, JSON-P values) pass through unchecked.
 */
@Provider
public class StrictJsonBodies implements ContainerRequestFilter {

    static final int DEPTH_MAX = 32;
    /** A key given twice is refused: the check and the binding must not read different values. */
    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<Type> bodyType = bodyType(resource.getResourceMethod());
        if (!isJson(request.getMediaType()) || bodyType.isEmpty() || passesThrough(bodyType.get())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        if (body.length == 0) {
            request.setEntityStream(new ByteArrayInputStream(body));
            return;
        }
        String json = Text.decodeUtf8(body).orElseGet(() -> Text.decodeUtf8Marking(body, JsonShape.MALFORMED));
        List<Problem.FieldProblem> problems;
        try {
            problems = tooDeep(json);
            if (problems.isEmpty()) {
                problems = JsonShape.check(parse(json), bodyType.get());
            }
        } catch (JsonParsingException | IllegalStateException malformed) {
            problems = List.of(new Problem.FieldProblem("body", "is not well-formed JSON: " + malformed.getMessage()));
        } catch (JsonException unreadable) {
            problems = List.of(new Problem.FieldProblem("body", "is not well-formed JSON"));
        }
        if (!problems.isEmpty()) {
            request.abortWith(ProblemResponses.of(Problem.invalid("Some fields are invalid.", problems)));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        request.getHeaders()
                .putSingle(
                        HttpHeaders.CONTENT_TYPE,
                        request.getMediaType()
                                .withCharset(StandardCharsets.UTF_8.name())
                                .toString());
    }

    /** The type of the parameter JAX-RS fills from the body: the one without a JAX-RS annotation. */
    static Optional<Type> bodyType(Method method) {
        if (method == null) {
            return Optional.empty();
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (Arrays.stream(annotations[i]).noneMatch(StrictJsonBodies::isInjection)) {
                return Optional.of(types[i]);
            }
        }
        return Optional.empty();
    }

    private static boolean isInjection(Annotation annotation) {
        String name = annotation.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.")
                && !name.equals("jakarta.ws.rs.Encoded")
                && !name.equals("jakarta.ws.rs.DefaultValue");
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"));
    }

    private static boolean passesThrough(Type body) {
        Class<?> type = body instanceof Class<?> c
                ? c
                : body instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
        return type == String.class
                || type == byte[].class
                || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type)
                || JsonValue.class.isAssignableFrom(type);
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** Streams through the body first, so that no deeply nested value is ever built (or recursed into). */
    private static List<Problem.FieldProblem> tooDeep(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            int depth = 0;
            String topLevelField = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > DEPTH_MAX) {
                            return List.of(new Problem.FieldProblem(
                                    topLevelField == null ? "body" : topLevelField,
                                    "is nested deeper than " + DEPTH_MAX + " levels"));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        if (depth == 1) {
                            topLevelField = parser.getString();
                        }
                    }
                    default -> {}
                }
            }
            return List.of();
        }
    }
}
