package org.ansim.web.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All entries every module contributes to the staff navigation, and the ones a user's roles allow. */
@Component
public class Navigation {

    private final ObjectProvider<NavigationContributor> contributors;

    Navigation(ObjectProvider<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    /** Every entry of every contributor, sorted. */
    public List<NavigationItem> allItems() {
        return contributors
                .orderedStream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::path))
                .toList();
    }

    /** The entries a user holding these granted authorities sees, sorted. */
    public List<NavigationItem> itemsFor(Collection<String> authorities) {
        return allItems().stream().filter(item -> item.isVisibleTo(authorities)).toList();
    }
}
