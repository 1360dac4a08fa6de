package org.scm.mapping.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed JSON body against the Java type it is about to be bound to, before JSON-B sees it, so
 * that JSON-B never converts: text must be a JSON string, a whole number a JSON number that is whole and
 * fits, a flag {@code true} or {@code false}, a list an array, an object only the fields its type has.
 * Every string (values and keys) must be {@link Text text}. Each problem names its field as a path
 * ({@code items[0].theme}); the body itself is {@code body}.
 */
final class JsonShape {

    /** Marks where malformed UTF-8 was replaced while decoding; no valid text contains it. */
    static final char MALFORMED = '\uFFFF';

    private final List<Problem.FieldProblem> problems = new ArrayList<>();

    private JsonShape() {}

    static List<Problem.FieldProblem> check(JsonValue body, Type type) {
        JsonShape shape = new JsonShape();
        shape.value(body, type, "");
        return List.copyOf(shape.problems);
    }

    private void value(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                problem(path, "must not be null");
            }
            return;
        }
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            anyText(value, path);
        } else if (raw == String.class
                || raw == Character.class
                || raw == char.class
                || Temporal.class.isAssignableFrom(raw)) {
            string(value, path);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(
                    value.getValueType() == JsonValue.ValueType.TRUE
                            || value.getValueType() == JsonValue.ValueType.FALSE,
                    path,
                    "must be true or false");
        } else if (isWholeNumber(raw)) {
            wholeNumber(value, raw, path);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            number(value, raw, path);
        } else if (raw.isEnum()) {
            enumeration(value, raw, path);
        } else if (raw == Optional.class) {
            value(value, argument(type, 0), path);
        } else if (raw.isArray()) {
            array(value, raw.getComponentType(), path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(value, argument(type, 0), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, argument(type, 1), path);
        } else {
            object(value, raw, path);
        }
    }

    private void string(JsonValue value, String path) {
        if (expect(value.getValueType() == JsonValue.ValueType.STRING, path, "must be text (a JSON string)")) {
            text(((JsonString) value).getString(), path);
        }
    }

    private void text(String text, String path) {
        if (text.indexOf(MALFORMED) >= 0) {
            problem(path, "is not valid UTF-8 text");
            return;
        }
        Text.problem(text).ifPresent(message -> problem(path, message));
    }

    private void wholeNumber(JsonValue value, Class<?> raw, String path) {
        if (!expect(value.getValueType() == JsonValue.ValueType.NUMBER, path, "must be a whole number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        BigInteger[] range = range(raw);
        boolean whole = number.scale() <= 0;
        boolean fits = number.precision() - number.scale() <= 20
                && number.compareTo(new BigDecimal(range[0])) >= 0
                && number.compareTo(new BigDecimal(range[1])) <= 0;
        expect(whole && fits, path, "must be a whole number from " + range[0] + " to " + range[1]);
    }

    private void number(JsonValue value, Class<?> raw, String path) {
        if (!expect(value.getValueType() == JsonValue.ValueType.NUMBER, path, "must be a number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (raw != BigDecimal.class) {
            expect(
                    number.precision() - number.scale() <= 300 && Double.isFinite(number.doubleValue()),
                    path,
                    "is too large");
        }
    }

    private void enumeration(JsonValue value, Class<?> raw, String path) {
        if (expect(value.getValueType() == JsonValue.ValueType.STRING, path, "must be text (a JSON string)")) {
            String name = ((JsonString) value).getString();
            expect(
                    Arrays.stream(raw.getEnumConstants())
                            .anyMatch(constant -> ((Enum<?>) constant).name().equals(name)),
                    path,
                    "must be one of " + Arrays.toString(raw.getEnumConstants()));
        }
    }

    private void array(JsonValue value, Type element, String path) {
        if (expect(value.getValueType() == JsonValue.ValueType.ARRAY, path, "must be a list (a JSON array)")) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                value(array.get(i), element, (path.isEmpty() ? "body" : path) + "[" + i + "]");
            }
        }
    }

    private void map(JsonValue value, Type valueType, String path) {
        if (expect(value.getValueType() == JsonValue.ValueType.OBJECT, path, "must be an object")) {
            value.asJsonObject().forEach((key, member) -> {
                text(key, child(path, key));
                value(member, valueType, child(path, key));
            });
        }
    }

    private void object(JsonValue value, Class<?> raw, String path) {
        if (!expect(value.getValueType() == JsonValue.ValueType.OBJECT, path, "must be an object")) {
            return;
        }
        Map<String, Type> properties = properties(raw);
        JsonObject object = value.asJsonObject();
        object.forEach((key, member) -> {
            String field = child(path, key);
            Type property = properties.get(key);
            if (property == null) {
                text(key, field);
                problem(field, "is not a field of this request");
            } else {
                value(member, property, field);
            }
        });
    }

    /** A JSON value bound as a JSON value: its strings still have to be text. */
    private void anyText(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> text(((JsonString) value).getString(), path);
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    anyText(array.get(i), (path.isEmpty() ? "body" : path) + "[" + i + "]");
                }
            }
            case OBJECT ->
                value.asJsonObject().forEach((key, member) -> {
                    text(key, child(path, key));
                    anyText(member, child(path, key));
                });
            default -> {}
        }
    }

    /** The JSON names of a type's properties, as JSON-B binds them (record components or fields). */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
                Field field = field(type, component.getName());
                if (renamed == null && field != null) {
                    renamed = field.getAnnotation(JsonbProperty.class);
                }
                properties.put(
                        renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName(),
                        component.getGenericType());
            }
            return properties;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                properties.putIfAbsent(
                        renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName(),
                        field.getGenericType());
            }
        }
        return properties;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException none) {
            return null;
        }
    }

    private boolean expect(boolean condition, String path, String message) {
        if (!condition) {
            problem(path, message);
        }
        return condition;
    }

    private void problem(String path, String message) {
        problems.add(new Problem.FieldProblem(path.isEmpty() ? "body" : path, message));
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Short.class
                || raw == short.class
                || raw == Byte.class
                || raw == byte.class;
    }

    private static BigInteger[] range(Class<?> raw) {
        if (raw == Integer.class || raw == int.class) {
            return new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
        }
        if (raw == Short.class || raw == short.class) {
            return new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
        }
        if (raw == Byte.class || raw == byte.class) {
            return new BigInteger[] {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)};
        }
        return new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return raw(parameterized.getRawType());
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                ? parameterized.getActualTypeArguments()[index]
                : Object.class;
    }
}
