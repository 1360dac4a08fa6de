package org.scm.mapping.notification;

import java.util.List;

/** A page of the signed-in user's notifications, newest first, with how many are unread in all. */
public record Inbox(List<NotificationView> items, int page, int size, long total, long unread) {}
