package org.scm.mapping.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The browser UI uses real paths ({@code /matrix}, {@code /proposals/12}); the page behind each
 * is the one {@code index.html}, whose script reads the path. This filter forwards the UI's paths
 * to it, lets the API, the static files and the sign-in machinery through, and answers any other
 * path with 404 and the friendly {@code not-found.html}.
 * The same list of paths is in {@code js/routes.js}; change both together.
 */
public class PageRoutes extends HttpFilter {

    private static final List<Pattern> UI_ROUTES = List.of(
                    "/",
                    "/matrix",
                    "/matrix/cells/[^/]+/\\d+",
                    "/organizations",
                    "/organizations/[^/]+",
                    "/proposals",
                    "/proposals/new",
                    "/proposals/import",
                    "/proposals/\\d+",
                    "/review",
                    "/editions",
                    "/compare",
                    "/audit",
                    "/history/cells/[^/]+/\\d+",
                    "/history/organizations/[^/]+",
                    "/notifications")
            .stream()
            .map(Pattern::compile)
            .toList();

    /** Served by someone else: the API and its documents, static files, sign-in and sign-out. */
    private static final List<String> PASS_THROUGH = List.of(
            "/api/",
            "/openapi",
            "/health",
            "/webjars/",
            "/js/",
            "/css/",
            "/img/",
            "/logout",
            "/signed-out.html",
            "/error",
            "/k_",
            "/index.html",
            "/not-found.html",
            "/error.html",
            "/favicon.ico",
            "/feeds/");

    /** The UI's own files change with each release: the browser asks again (a 304 when unchanged). */
    private static final List<String> REVALIDATED = List.of("/js/", "/css/", "/index.html");

    private static final String PAGE = "/index.html";
    private static final String NOT_FOUND = "/not-found.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PASS_THROUGH.stream().anyMatch(path::startsWith)) {
            if (REVALIDATED.stream().anyMatch(path::startsWith)) {
                response.setHeader("Cache-Control", "no-cache");
            }
            chain.doFilter(request, response);
        } else if (isUiRoute(path)) {
            // never from the cache: a page shown without a request would skip the sign-in
            response.setHeader("Cache-Control", "no-store");
            request.getRequestDispatcher(PAGE).forward(request, response);
        } else {
            notFound(response);
        }
    }

    /** The friendly 404 page, written here with its status (an error dispatch from a filter hung on Liberty). */
    private void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream(NOT_FOUND)) {
            if (page != null) {
                page.transferTo(response.getOutputStream());
            }
        }
    }

    static boolean isUiRoute(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return UI_ROUTES.stream().anyMatch(route -> route.matcher(trimmed).matches());
    }
}
