package org.scm.mapping.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page of the whole application (web.xml's {@code <error-page>}), so that the server's own
 * error pages, with their message codes and exception names, never reach a user: under {@code /api} a
 * problem+json with the status, for pages the static {@value #PAGE}.
 */
@WebServlet(ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    static final String PATH = "/error";
    static final String PAGE = "/error.html";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_NOT_FOUND;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        response.resetBuffer();
        response.setStatus(status);
        if (uri.equals(request.getContextPath() + "/api") || uri.startsWith(request.getContextPath() + "/api/")) {
            Response.StatusType known = Response.Status.fromStatusCode(status);
            Problem.write(
                    response,
                    Problem.of(
                            status,
                            known != null ? known.getReasonPhrase() : "Error",
                            WebApplicationExceptionMapper.detail(status)));
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        request.getRequestDispatcher(PAGE).include(request, response);
    }
}
