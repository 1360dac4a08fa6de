package org.scm.mapping.notification;

/**
 * Who is told: a rule rather than a list, so a notification is written without asking the user directory
 * (in the event's transaction) and a focal point who takes over a country sees what their country was told.
 */
public enum Audience {
    /** Every member of the Technical Secretariat. */
    SECRETARIAT,
    /** The focal points of the notification's country. */
    COUNTRY_FOCAL_POINTS,
    /** The focal points of every member country. */
    ALL_FOCAL_POINTS,
    /** The usernames listed with the notification (a proposal's participants). */
    USERS
}
