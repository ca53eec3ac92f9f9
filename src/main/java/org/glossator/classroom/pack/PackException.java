package org.glossator.classroom.pack;

/** A file that is not a valid reading pack (or hand-in); the message names the file and the reason. */
public class PackException extends Exception {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
