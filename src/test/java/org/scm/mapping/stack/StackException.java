package org.scm.mapping.stack;

/** A local-stack start-up problem, worded for the person running the command. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
