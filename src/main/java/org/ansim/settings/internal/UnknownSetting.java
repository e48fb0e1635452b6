package org.ansim.settings.internal;

/** No setting has this key: a programming error when it comes from code, a 404 when it comes from a URL. */
public class UnknownSetting extends IllegalArgumentException {

    public UnknownSetting(String key) {
        super("Unknown policy setting: " + key);
    }
}
