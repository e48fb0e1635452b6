package org.ansim.web;

import java.util.Collection;
import java.util.Set;

/**
 * One entry of the staff navigation: where it leads, the message key of its label, where it sorts, and which roles
 * see it. The label key {@code <labelKey>} and its description {@code <labelKey>.description} live in the
 * contributing module's message bundle, in Korean and English. No roles means every signed-in user sees it.
 *
 * <p>A module adds an entry with one line in a {@link NavigationContributor} bean:
 *
 * <pre>{@code
 * @Bean
 * NavigationContributor auditNavigation() {
 *     return () -> List.of(NavigationItem.forRoles("/audit", "audit.nav", 70, "AUDITOR"));
 * }
 * }</pre>
 *
 * @param path the path inside the application, starting with {@code /}
 * @param labelKey the message key of the label; the card on the home page uses {@code labelKey + ".description"}
 * @param order where the entry sorts; lower first (Home is 0, platform administration 100–199)
 * @param roles role names without the {@code ROLE_} prefix (for example {@code ADMIN}); empty for everyone signed in
 */
public record NavigationItem(String path, String labelKey, int order, Set<String> roles) {

    public NavigationItem {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A navigation path starts with a single '/': " + path);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("A navigation item needs a label key");
        }
        roles = Set.copyOf(roles);
        if (roles.stream().anyMatch(role -> role.startsWith("ROLE_"))) {
            throw new IllegalArgumentException("Role names come without the ROLE_ prefix: " + roles);
        }
    }

    /** An entry every signed-in user sees. */
    public static NavigationItem forEveryone(String path, String labelKey, int order) {
        return new NavigationItem(path, labelKey, order, Set.of());
    }

    /** An entry only users holding one of the given roles see. */
    public static NavigationItem forRoles(String path, String labelKey, int order, String... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("Name at least one role, or use forEveryone");
        }
        return new NavigationItem(path, labelKey, order, Set.of(roles));
    }

    /** Whether a user holding these granted authorities ({@code ROLE_ADMIN}, …) sees this entry. */
    public boolean isVisibleTo(Collection<String> authorities) {
        return roles.isEmpty() || roles.stream().anyMatch(role -> authorities.contains("ROLE_" + role));
    }

    /** The message key of the sentence that describes this entry on the home page. */
    public String descriptionKey() {
        return labelKey + ".description";
    }

    /** Whether this entry is the page at {@code requestPath}, or a page below it. */
    public boolean leadsTo(String requestPath) {
        if (path.equals("/")) {
            return requestPath.equals("/");
        }
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
