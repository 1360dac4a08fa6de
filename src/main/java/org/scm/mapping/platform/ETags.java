package org.scm.mapping.platform;

import jakarta.ws.rs.core.EntityTag;

/** Entity versions as ETags ({@code "7"}) and back from If-Match headers. */
public final class ETags {

    /** What an If-Match that names no version of ours is read as: never current. */
    static final long UNKNOWN_VERSION = -1;

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version an If-Match header names; null when there is no header. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notOurs) {
            return UNKNOWN_VERSION;
        }
    }
}
