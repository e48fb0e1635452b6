package org.ansim.risk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A version of the risk screening: its items (texts in the risk bundle under {@code risk.item.<version>.<code>}), the
 * stalking sub-screen's items, and the items whose "yes" offers the sub-screen (two or more incidents, the victim very
 * frightened). Written in plain words after DASH / S-DASH; a new wording is a new version, old screenings keep theirs.
 */
public record Questionnaire(
        String version, List<String> items, List<String> subScreenItems, Set<String> subScreenTriggers) {

    /** The screening in use: 24 items, 8 sub-screen items. */
    public static final Questionnaire CURRENT =
            new Questionnaire("v1", codes("Q", 24), codes("S", 8), Set.of("Q01", "Q02"));

    public Questionnaire {
        items = List.copyOf(items);
        subScreenItems = List.copyOf(subScreenItems);
        subScreenTriggers = Set.copyOf(subScreenTriggers);
    }

    public static Questionnaire version(String version) {
        if (CURRENT.version.equals(version)) {
            return CURRENT;
        }
        throw new IllegalArgumentException("Unknown questionnaire version " + version);
    }

    /** The stalking sub-screen is offered when any trigger item was answered yes. */
    public boolean offersSubScreen(Map<String, Answer> answers) {
        return subScreenTriggers.stream().anyMatch(code -> answers.get(code) == Answer.YES);
    }

    /** The message key of an item's text. */
    public String textKey(String code) {
        return "risk.item." + version + "." + code;
    }

    static long yesCount(Map<String, Answer> answers) {
        return answers.values().stream().filter(a -> a == Answer.YES).count();
    }

    /** Answers as stored: {@code Q01=YES,Q02=NO,…} in the questionnaire's order. */
    static String encode(List<String> order, Map<String, Answer> answers) {
        return order.stream().map(code -> code + "=" + answers.get(code)).collect(Collectors.joining(","));
    }

    static Map<String, Answer> decode(String text) {
        var answers = new LinkedHashMap<String, Answer>();
        if (text == null || text.isBlank()) {
            return answers;
        }
        for (var pair : text.split(",")) {
            var parts = pair.split("=", 2);
            answers.put(parts[0], Answer.valueOf(parts[1]));
        }
        return answers;
    }

    private static List<String> codes(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> "%s%02d".formatted(prefix, i))
                .toList();
    }
}
