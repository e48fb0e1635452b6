package org.ansim.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ansim.settings.PolicySettings;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: long enough (a policy setting), mixing letters with digits or symbols, and not
 * built on the username or a single repeated character. Returns message keys, empty when the password is fine.
 */
@Component
public class PasswordRules {

    static final String MIN_LENGTH = "identity.password-min-length";

    private final PolicySettings settings;

    PasswordRules(PolicySettings settings) {
        this.settings = settings;
    }

    public List<String> problems(String username, String password) {
        var problems = new ArrayList<String>();
        if (password == null || password.length() < settings.numberToday(MIN_LENGTH)) {
            problems.add("identity.password.too-short");
            return problems;
        }
        if (password.length() > 128) {
            problems.add("identity.password.too-long");
        }
        var hasLetter = password.chars().anyMatch(Character::isLetter);
        var hasOther = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            problems.add("identity.password.too-simple");
        }
        if (password.chars().distinct().count() < 4) {
            problems.add("identity.password.too-simple");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("identity.password.contains-username");
        }
        return problems.stream().distinct().toList();
    }
}
