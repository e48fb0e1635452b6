package org.ansim.web.internal;

import java.util.List;
import org.ansim.web.NavigationItem;

/**
 * What {@code layout.html} shows around every page, exposed to templates as {@code layout}: who is signed in, the
 * navigation for their roles, the language switcher and whether the demo banner is shown.
 *
 * @param user the signed-in user, or {@code null} when nobody is signed in
 */
public record Layout(SignedInUser user, List<NavigationLink> navigation, List<LanguageLink> languages, boolean demo) {

    public static final String MODEL_ATTRIBUTE = "layout";

    public boolean signedIn() {
        return user != null;
    }

    /** The navigation without the home entry, as the home page shows it in cards. */
    public List<NavigationItem> destinations() {
        return navigation.stream()
                .map(NavigationLink::item)
                .filter(item -> !item.path().equals("/"))
                .toList();
    }

    /**
     * @param name the user's sign-in name
     * @param roles role names without the {@code ROLE_} prefix
     */
    public record SignedInUser(String name, List<String> roles) {}

    /** @param current whether the request is for this entry's page or one below it */
    public record NavigationLink(NavigationItem item, boolean current) {}

    /** @param href the current page in this language */
    public record LanguageLink(Language language, String href, boolean current) {}
}
