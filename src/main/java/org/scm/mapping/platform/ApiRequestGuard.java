package org.scm.mapping.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an API request must be before anything reads it: a body of at most {@value #BODY_MAX} bytes,
 * or {@value #UPLOAD_MAX} on the upload paths named by the init parameter {@code upload-paths}
 * (comma-separated, e.g. {@code /api/proposals/import}; 413 otherwise, also for chunked bodies of no
 * declared length) and a path and query parameters that
 * are text ({@link Text}: valid UTF-8 once percent-decoded, no NUL); a 400 names the offending parameter,
 * or {@code path}.
 */
public class ApiRequestGuard extends HttpFilter {

    public static final int BODY_MAX = 1024 * 1024;
    /** Uploaded files (a filled matrix) may be larger than a JSON body. */
    public static final int UPLOAD_MAX = 2 * 1024 * 1024;
    /** An oversized body is read (and dropped) up to this size, so the client gets to read the 413. */
    private static final long DRAIN_MAX = 32L * 1024 * 1024;

    private static final String NOT_UTF8 = "is not valid UTF-8 text";

    private List<String> uploadPaths = List.of();

    @Override
    public void init() throws ServletException {
        String paths = getInitParameter("upload-paths");
        uploadPaths = paths == null
                ? List.of()
                : Arrays.stream(paths.split(","))
                        .map(String::strip)
                        .filter(path -> !path.isEmpty())
                        .toList();
    }

    /** The largest body the request's path takes. */
    int limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return uploadPaths.contains(path) ? UPLOAD_MAX : BODY_MAX;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<Problem.FieldProblem> problems = textProblems(request);
        if (!problems.isEmpty()) {
            Problem.write(response, Problem.invalid("The address is not valid text.", problems));
            return;
        }
        long declared = request.getContentLengthLong();
        int limit = limitFor(request);
        if (declared > limit) {
            tooLarge(request, response, declared, limit);
            return;
        }
        if (declared == 0 || declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<byte[]> body = readAtMost(request.getInputStream(), limit);
        if (body.isEmpty()) {
            tooLarge(request, response, declared, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body.get()), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long declared, int limit)
            throws IOException {
        if (declared <= DRAIN_MAX) {
            drain(request.getInputStream());
        } else {
            response.setHeader("Connection", "close");
        }
        Problem.write(
                response,
                Problem.of(
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Content Too Large",
                        "A request body may have at most " + limit + " bytes (" + limit / (1024 * 1024) + " MB)."));
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < DRAIN_MAX && (read = in.read(buffer)) >= 0) {
            total += read;
        }
    }

    /** The whole body if it has at most {@code max} bytes. */
    private static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            body.write(buffer, 0, read);
            if (body.size() > max) {
                return Optional.empty();
            }
        }
        return Optional.of(body.toByteArray());
    }

    static List<Problem.FieldProblem> textProblems(HttpServletRequest request) {
        List<Problem.FieldProblem> problems = new ArrayList<>();
        Optional<String> path = decoded(request.getRequestURI());
        (path.isEmpty() ? Optional.of(NOT_UTF8) : Text.problem(path.get()))
                .ifPresent(message -> problems.add(new Problem.FieldProblem("path", message)));
        String query = request.getQueryString();
        if (query == null) {
            return problems;
        }
        for (String parameter : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            Optional<String> name = decoded(nameAndValue[0].replace('+', ' '));
            Optional<String> value = decoded(nameAndValue.length > 1 ? nameAndValue[1].replace('+', ' ') : "");
            Optional<String> problem = name.isEmpty() || value.isEmpty()
                    ? Optional.of(NOT_UTF8)
                    : Text.problem(name.get()).or(() -> Text.problem(value.get()));
            String field = name.filter(text -> Text.problem(text).isEmpty()).orElse("query");
            problem.ifPresent(message -> problems.add(new Problem.FieldProblem(field, message)));
        }
        return problems;
    }

    /** Percent-decodes strictly: a bad escape or bytes that are not UTF-8 give nothing. */
    static Optional<String> decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Text.decodeUtf8(bytes.toByteArray());
    }

    /** The request with its body already read into memory (at most its path's limit). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
