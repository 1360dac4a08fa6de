package org.scm.mapping.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.scm.mapping.platform.Problem;

/**
 * The feed at a personal address, {@code /feeds/<token>.atom}, for feed readers, which cannot sign in.
 * The token is a read-only key to this feed only (what every signed-in user may read), made and revoked
 * by its owner; only its hash is stored. An unknown token is a 404, as if the address did not exist.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    @Inject
    SettingsService settings;

    @Inject
    ChangeFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path != null && path.startsWith("/") && path.endsWith(".atom")
                ? path.substring(1, path.length() - ".atom".length())
                : null;
        if (settings.feedReader(token).isEmpty()) {
            Problem.write(
                    response, Problem.of(HttpServletResponse.SC_NOT_FOUND, "Not Found", "No feed at this address."));
            return;
        }
        byte[] atom = feed.atom().getBytes(StandardCharsets.UTF_8);
        response.setContentType(ChangeFeed.TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(atom.length);
        response.getOutputStream().write(atom);
    }
}
