package org.ansim.cases.internal;

/** No case with this number, or none the caller may see: the two are answered alike so existence does not leak. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String number) {
        super("No visible case " + (number.length() > 40 ? number.substring(0, 40) : number));
    }
}
