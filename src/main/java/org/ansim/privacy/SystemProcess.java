package org.ansim.privacy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A process that needs a clear value without a person asking for it (sending a referral to the police, a scheduled
 * notification). Its reveals are audited as {@code SYSTEM} under this name.
 *
 * @param name e.g. {@code referral-to-police}
 */
public record SystemProcess(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{2,60}");

    public SystemProcess {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A system process is named in lower-case words joined by hyphens");
        }
    }
}
