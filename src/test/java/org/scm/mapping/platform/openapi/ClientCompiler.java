package org.scm.mapping.platform.openapi;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Compiles a generated client with code written against it, and loads them as an integrator's
 * application would run them: with the libraries the client is built for ({@code
 * target/openapi-client-libs}, copied by the build), not the app's test classpath (whose Jackson is the
 * older one the Keycloak adapter brings). Only JUnit comes from the tests, so that the code can assert.
 */
final class ClientCompiler {

    private static final List<String> SHARED = List.of("org.junit.", "org.opentest4j.", "org.apiguardian.");

    private ClientCompiler() {}

    static ClassLoader compile(List<Path> sourceRoots, Path classes) {
        Path build = Path.of(System.getProperty("scm.build.dir"));
        try {
            List<Path> libraries;
            try (Stream<Path> jars = Files.list(build.resolve("openapi-client-libs"))) {
                libraries = jars.filter(jar -> jar.toString().endsWith(".jar")).toList();
            }
            String junit = Arrays.stream(Files.readString(build.resolve("test-classpath.txt"))
                            .strip()
                            .split(File.pathSeparator))
                    .filter(jar -> jar.contains("junit-jupiter-api")
                            || jar.contains("opentest4j")
                            || jar.contains("apiguardian"))
                    .collect(Collectors.joining(File.pathSeparator));
            String classpath = Stream.concat(libraries.stream().map(Path::toString), Stream.of(junit))
                    .collect(Collectors.joining(File.pathSeparator));

            List<String> arguments = new ArrayList<>(List.of(
                    "-d", classes.toString(), "-classpath", classpath, "--release", "17", "-proc:none", "-nowarn"));
            for (Path root : sourceRoots) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".java"))
                            .forEach(file -> arguments.add(file.toString()));
                }
            }
            Files.createDirectories(classes);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, arguments.toArray(String[]::new));
            if (exit != 0) {
                throw new AssertionError("the generated client and the code using it do not compile:\n"
                        + errors.toString(StandardCharsets.UTF_8));
            }

            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (Path library : libraries) {
                urls.add(library.toUri().toURL());
            }
            return new ClientLoader(urls.toArray(URL[]::new), ClientCompiler.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's own classes and libraries; JUnit from the tests. */
    private static final class ClientLoader extends URLClassLoader {

        private final ClassLoader tests;

        ClientLoader(URL[] urls, ClassLoader tests) {
            super(urls, ClassLoader.getPlatformClassLoader());
            this.tests = tests;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().anyMatch(name::startsWith)) {
                return tests.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
