package org.scm.mapping.platform.openapi;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.TestData;
import org.scm.mapping.testing.Tokens;

/**
 * The API contract proven with a real client: the running app's {@code /openapi} goes through
 * openapi-generator (Java, java.net.http + Jackson), and the proposal workflow in {@code src/test/client}
 * ({@code ProposalWorkflow}), written only with the generated types, is compiled against that client and
 * run against the app. Everything generated stays in {@code target/openapi-client}.
 */
class GeneratedClientIT {

    private static final String WORKFLOW = OpenApiGenerator.CLIENT_PACKAGE + ".workflow.ProposalWorkflow";

    @Test
    void aClientGeneratedFromTheDocumentRunsTheProposalWorkflow() throws Throwable {
        IntStream.rangeClosed(1, 4).forEach(theme -> TestData.cell("ICAO", theme));
        Path work = Path.of(System.getProperty("scm.build.dir"), "openapi-client");
        deleteRecursively(work);
        Files.createDirectories(work);
        Path document = work.resolve("openapi.json");
        Files.writeString(
                document,
                Api.anonymous()
                        .accept("application/json")
                        .get("openapi")
                        .expect(200)
                        .body());

        Path sources = OpenApiGenerator.javaClient(document, work.resolve("generated"));
        ClassLoader client = ClientCompiler.compile(
                List.of(sources, Path.of(System.getProperty("scm.project.dir"), "src/test/client/java")),
                work.resolve("classes"));

        String baseUrl = StackSession.current().appUrl().replaceAll("/+$", "");
        Function<String, String> tokens = Tokens::of;
        try {
            client.loadClass(WORKFLOW)
                    .getMethod("run", String.class, Function.class)
                    .invoke(null, baseUrl, tokens);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
