package org.scm.mapping.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A browser session that ends (signed out, or timed out on whichever instance notices first) leaves
 * {@link SessionIds}, so the table holds only sessions that can still be used.
 */
@WebListener
public class SignedInSessionEnd implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SignedInSessionEnd.class.getName());

    /** Never fails the sign-out: a row left behind is removed later ({@link SessionIds#map}). */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            SessionIds.getInstance().removeSession(event.getSession().getId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not forget an ended session; it is removed later", e);
        }
    }
}
