package org.ansim.privacy.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Ansim outside demo mode found no key-set file: it must not start, or it could not seal nor reveal anything. */
class MissingKeysetException extends IllegalStateException {

    static final String HOW_TO_CREATE = "Create a key set once with\n"
            + "    java -jar target/ansim.jar --privacy-new-keyset=/etc/ansim/keyset.json\n"
            + "(or ./mvnw spring-boot:run -Dspring-boot.run.arguments=--privacy-new-keyset=/etc/ansim/keyset.json),\n"
            + "keep that file readable only by Ansim's user and backed up apart from the database,\n"
            + "and start Ansim with ANSIM_KEYSET=/etc/ansim/keyset.json (or ansim.privacy.keyset).";

    private final @Nullable Path file;

    MissingKeysetException(@Nullable Path file) {
        super((file == null
                        ? "No privacy key set: ANSIM_KEYSET is not set and Ansim is not in demo mode."
                        : "No privacy key set: ANSIM_KEYSET names " + file + ", which does not exist.")
                + "\n" + HOW_TO_CREATE);
        this.file = file;
    }

    @Nullable
    Path file() {
        return file;
    }
}
