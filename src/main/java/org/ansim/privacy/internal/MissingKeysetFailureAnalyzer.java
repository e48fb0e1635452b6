package org.ansim.privacy.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing key set into a start-up message that says what to do. */
class MissingKeysetFailureAnalyzer extends AbstractFailureAnalyzer<MissingKeysetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingKeysetException cause) {
        var description = cause.file() == null
                ? "Ansim runs outside demo mode and no privacy key set is configured (ANSIM_KEYSET)."
                : "The privacy key-set file " + cause.file() + " named by ANSIM_KEYSET does not exist.";
        return new FailureAnalysis(description, MissingKeysetException.HOW_TO_CREATE, cause);
    }
}
