package org.ansim.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller's role rule ({@code @PreAuthorize} without argument references) before the request body is
 * read and validated, so that a caller who may not use an endpoint learns nothing from it — not even which fields
 * it wants. The method-security proxy checks the same rule again when the method is called; rules that look at
 * arguments are left to it alone.
 */
class RolesBeforeInput implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || rule.value().contains("#") || rule.value().contains("returnObject")) {
            return true;
        }
        Supplier<Authentication> authentication =
                () -> SecurityContextHolder.getContext().getAuthentication();
        var result = rules.authorize(authentication, new Invocation(method));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access denied");
        }
        return true;
    }

    private record Invocation(HandlerMethod handler) implements MethodInvocation {
        @Override
        public Method getMethod() {
            return handler.getMethod();
        }

        @Override
        public Object[] getArguments() {
            return new Object[handler.getMethodParameters().length];
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException("only inspected, never called");
        }

        @Override
        public Object getThis() {
            return handler.getBean();
        }

        @Override
        public AccessibleObject getStaticPart() {
            return handler.getMethod();
        }
    }
}
