package org.ansim.risk.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answers to the current questionnaire with a given number of "yes". */
public final class ScreeningMother {

    private ScreeningMother() {}

    /** The first {@code yes} items answered yes, the rest no (the first two offer the sub-screen). */
    public static Map<String, Answer> withYes(int yes) {
        var answers = new LinkedHashMap<String, Answer>();
        var items = Questionnaire.CURRENT.items();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i), i < yes ? Answer.YES : Answer.NO);
        }
        return answers;
    }

    /** {@code yes} answers of yes, none of them a trigger of the sub-screen. */
    public static Map<String, Answer> withYesButNoTrigger(int yes) {
        var answers = new LinkedHashMap<String, Answer>();
        var items = Questionnaire.CURRENT.items();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i), i >= 2 && i < 2 + yes ? Answer.YES : Answer.NO);
        }
        return answers;
    }

    public static Map<String, Answer> subScreenAllUnknown() {
        var answers = new LinkedHashMap<String, Answer>();
        Questionnaire.CURRENT.subScreenItems().forEach(code -> answers.put(code, Answer.UNKNOWN));
        return answers;
    }

    /** As JSON for the API: {@code {"answers": {...}}} plus anything after. */
    public static String json(int yes, String more) {
        var body = new StringBuilder("{\"answers\":{");
        var answers = withYes(yes);
        var first = true;
        for (var e : answers.entrySet()) {
            if (!first) {
                body.append(',');
            }
            first = false;
            body.append('"')
                    .append(e.getKey())
                    .append("\":\"")
                    .append(e.getValue())
                    .append('"');
        }
        body.append('}');
        if (more != null && !more.isBlank()) {
            body.append(',').append(more);
        }
        return body.append('}').toString();
    }
}
