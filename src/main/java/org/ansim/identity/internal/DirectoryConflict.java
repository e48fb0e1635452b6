package org.ansim.identity.internal;

/** An administrator's change that the directory refuses; the message is a message-bundle key. */
public class DirectoryConflict extends RuntimeException {

    public DirectoryConflict(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
