package org.scm.mapping.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * A session that lives for one request and is never stored or sent to the browser. Handed to the
 * Keycloak filter when it wants a session to remember the page before redirecting an anonymous visitor
 * to sign in: pages are plain GETs that the sign-in returns to anyway, so nothing needs remembering,
 * and no server session exists for a visitor who has not signed in.
 */
final class TransientSession implements HttpSession {

    private final ServletContext context;
    private final long createdAt = System.currentTimeMillis();
    private final Map<String, Object> attributes = new HashMap<>();
    private int maxInactiveInterval;

    TransientSession(ServletContext context) {
        this.context = context;
    }

    @Override
    public long getCreationTime() {
        return createdAt;
    }

    @Override
    public String getId() {
        return "";
    }

    @Override
    public long getLastAccessedTime() {
        return createdAt;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
