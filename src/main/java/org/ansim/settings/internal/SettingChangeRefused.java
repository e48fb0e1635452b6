package org.ansim.settings.internal;

import java.util.List;

/** A proposed change of a setting was refused; each refusal names the field at fault and a message code. */
public class SettingChangeRefused extends RuntimeException {

    private final List<Refusal> refusals;

    public SettingChangeRefused(List<Refusal> refusals) {
        super("Setting change refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public SettingChangeRefused(Refusal refusal) {
        this(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /**
     * Why one field was refused.
     *
     * @param field {@code value}, {@code validFrom} or {@code reason}
     * @param code the message code in the {@code settings} bundle
     * @param args the message's arguments
     */
    public record Refusal(String field, String code, List<Object> args) {

        public static Refusal of(String field, String code, Object... args) {
            return new Refusal(field, code, List.of(args));
        }
    }
}
