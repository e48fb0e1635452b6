package org.ansim.providers.internal;

/** No directory entry has that id. */
public class ProviderNotFound extends RuntimeException {

    public ProviderNotFound() {
        super("No such provider");
    }
}
