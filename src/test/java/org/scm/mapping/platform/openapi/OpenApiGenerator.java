package org.scm.mapping.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * openapi-generator's command line ({@code target/openapi-generator-cli.jar}, copied by the build), run in
 * its own JVM so its libraries never meet the app's on the test classpath. The same command an integrator
 * runs (README, "The API").
 */
final class OpenApiGenerator {

    /** The generated client's packages. */
    static final String CLIENT_PACKAGE = "org.scm.mapping.client";

    private OpenApiGenerator() {}

    /** Validates {@code document}; the tool's report. */
    static String validate(Path document, Path log) {
        run(log, "validate", "-i", document.toString());
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Java client (java.net.http and Jackson) of {@code document}, its sources under {@code out}. */
    static Path javaClient(Path document, Path out) {
        run(
                out.resolveSibling("generator.log"),
                "generate",
                "-i",
                document.toString(),
                "-g",
                "java",
                "--library",
                "native",
                "-o",
                out.toString(),
                "--api-package",
                CLIENT_PACKAGE + ".api",
                "--model-package",
                CLIENT_PACKAGE + ".model",
                "--invoker-package",
                CLIENT_PACKAGE,
                "--additional-properties",
                "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true",
                "--global-property",
                "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false");
        return out.resolve("src/main/java");
    }

    private static void run(Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short run: the JIT's first tier is enough and spares the test machine's cores
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                Path.of(System.getProperty("scm.build.dir"), "openapi-generator-cli.jar")
                        .toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("openapi-generator did not finish in 5 minutes: " + log);
            }
            assertEquals(0, process.exitValue(), () -> "openapi-generator " + arguments[0] + " failed, see " + log);
        } catch (IOException e) {
            throw new IllegalStateException("could not run openapi-generator: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
