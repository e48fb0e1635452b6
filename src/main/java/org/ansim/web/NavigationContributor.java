package org.ansim.web;

import java.util.List;

/**
 * Declared as a bean by any module that adds entries to the staff navigation. The shell collects the entries of all
 * contributors, keeps those the signed-in user's roles allow, and sorts them by {@link NavigationItem#order()}.
 */
@FunctionalInterface
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
