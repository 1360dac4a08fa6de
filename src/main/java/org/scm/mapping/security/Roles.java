package org.scm.mapping.security;

import java.util.Set;

/** The realm roles of DESIGN.md's actors table, as the token carries them. */
public final class Roles {

    public static final String FOCAL_POINT = "focal-point";
    public static final String SECRETARIAT = "secretariat";
    public static final String ADMIN = "admin";
    public static final String OBSERVER = "observer";

    public static final Set<String> ALL = Set.of(FOCAL_POINT, SECRETARIAT, ADMIN, OBSERVER);

    private Roles() {}
}
