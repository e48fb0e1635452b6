package org.ansim.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.ansim.database.DemoMode;
import org.ansim.web.internal.Layout.LanguageLink;
import org.ansim.web.internal.Layout.NavigationLink;
import org.ansim.web.internal.Layout.SignedInUser;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds the {@link Layout} to every page rendered from a view, error pages included; JSON responses and redirects are
 * left alone.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Navigation navigation;
    private final DemoMode demoMode;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    LayoutInterceptor(Navigation navigation, DemoMode demoMode) {
        this.navigation = navigation;
        this.demoMode = demoMode;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return;
        }
        page.addObject(Layout.MODEL_ATTRIBUTE, layoutFor(request));
    }

    Layout layoutFor(HttpServletRequest request) {
        var path = pathOf(request);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var language = Language.of(RequestContextUtils.getLocale(request));
        var languages = Arrays.stream(Language.values())
                .map(each -> new LanguageLink(each, hrefIn(each, request), each == language))
                .toList();
        if (!isSignedIn(authentication)) {
            return new Layout(null, List.of(), languages, demoMode.enabled());
        }
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        var links = navigation.itemsFor(authorities).stream()
                .map(item -> new NavigationLink(item, item.leadsTo(path)))
                .toList();
        var name = authentication.getPrincipal() instanceof org.ansim.identity.StaffPrincipal staff
                ? staff.displayName()
                : authentication.getName();
        var user = new SignedInUser(name, rolesAmong(authorities));
        return new Layout(user, links, languages, demoMode.enabled());
    }

    private boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !trustResolver.isAnonymous(authentication);
    }

    private static List<String> rolesAmong(Collection<String> authorities) {
        return authorities.stream()
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .toList();
    }

    private static boolean isRedirect(ModelAndView page) {
        var name = page.getViewName();
        return page.getView() instanceof RedirectView
                || (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")));
    }

    /** The path the user asked for, inside the application; for an error page, the path that failed. */
    private static String pathOf(HttpServletRequest request) {
        var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = failed instanceof String original ? original : request.getRequestURI();
        var contextPath = request.getContextPath();
        var path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    /** The current page with {@code lang} set to the language, keeping every other query parameter. */
    private static String hrefIn(Language language, HttpServletRequest request) {
        var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = failed instanceof String original ? original : request.getRequestURI();
        var query = failed == null ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath("/" + uri.replaceFirst("^/+", ""))
                .query(query)
                .replaceQueryParam("lang", language.code())
                .build(true)
                .toUriString();
    }
}
