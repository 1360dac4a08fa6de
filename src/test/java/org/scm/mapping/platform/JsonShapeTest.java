package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    record Source(String citation, String url) {}

    record Item(String kind, Integer theme, Boolean inMatrix, long revision, List<Source> sources) {}

    @Test
    void aWellTypedBodyHasNoProblems() {
        assertEquals(List.of(), problems("""
                {"kind":"CELL_LEVEL","theme":4,"inMatrix":true,"revision":12,
                 "sources":[{"citation":"c","url":null}]}""", Item.class));
        assertEquals(List.of(), problems("{\"theme\":null,\"inMatrix\":false}", Item.class));
    }

    @Test
    void eachWrongTypeIsNamedByItsPath() {
        assertEquals(List.of("kind", "theme", "inMatrix", "sources[0].url"), fields("""
                {"kind":123,"theme":1.5,"inMatrix":"yes please","sources":[{"citation":"c","url":7}]}""", Item.class));
        assertEquals(List.of("theme"), fields("{\"theme\":1e999999}", Item.class));
        assertEquals(List.of("theme"), fields("{\"theme\":2147483648}", Item.class));
        assertEquals(List.of(), fields("{\"theme\":-2147483648}", Item.class));
        assertEquals(List.of("revision"), fields("{\"revision\":null}", Item.class));
        assertEquals(List.of("sources"), fields("{\"sources\":{\"citation\":\"c\"}}", Item.class));
        assertEquals(List.of("body"), fields("[\"kind\"]", Item.class));
        assertEquals(List.of("body"), fields("\"kind\"", Item.class));
    }

    @Test
    void unknownFieldsAreProblems() {
        assertEquals(
                List.of("status", "sources[0].evil"),
                fields("{\"status\":\"APPROVED\",\"sources\":[{\"evil\":1}]}", Item.class));
    }

    @Test
    void textMustBeText() {
        assertEquals(List.of("kind", "sources[0].citation", "sources[1].url"), fields("""
                {"kind":"a\\u0000b","sources":[{"citation":"\\ud800"},{"url":"x\\udc00y"}]}""", Item.class));
        assertEquals(List.of(), fields("{\"kind\":\"emoji \\ud83d\\ude00 is fine\"}", Item.class));
        assertEquals(List.of("kind"), fields("{\"kind\":\"bad \uffff byte\"}", Item.class));
    }

    private static List<String> fields(String json, Class<?> type) {
        return problems(json, type).stream().map(Problem.FieldProblem::field).toList();
    }

    private static List<Problem.FieldProblem> problems(String json, Class<?> type) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.check(value, type);
    }
}
