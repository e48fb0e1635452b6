package org.ansim.providers.internal;

/** A directory change the rules refuse; {@link #reasonKey()} says why, for a page (and as the problem's detail). */
public class ProviderRefused extends RuntimeException {

    private final String reasonKey;

    public ProviderRefused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
