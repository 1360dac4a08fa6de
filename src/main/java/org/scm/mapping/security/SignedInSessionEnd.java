package org.scm.mapping.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A browser session that ends (signed out, or timed out on whichever instance notices first) leaves
 * {@link SessionIds}, so the table holds only sessions that can still be used.
 */
@WebListener
public class SignedInSessionEnd implements HttpSessionListener {

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionIds.getInstance().removeSession(event.getSession().getId());
    }
}
