package org.ansim.risk.internal;

/** Answers that do not fit the questionnaire (an item missing, an unknown item): bad input, naming the field. */
public class ScreeningInvalid extends RuntimeException {

    private final String field;

    public ScreeningInvalid(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
