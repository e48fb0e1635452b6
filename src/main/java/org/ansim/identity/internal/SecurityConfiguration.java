package org.ansim.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.ansim.identity.BearerCredentials;
import org.ansim.identity.StaffPrincipal;
import org.ansim.settings.PolicySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories.AdditionalRequiredFactorsBuilder;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may reach what. Two filter chains: {@code /api/**} (machine keys or a staff session, answers in problem JSON)
 * and the staff web (form sign-in, then the TOTP step where the account has or needs one). Spring Security's
 * multi-factor support requires {@code FACTOR_PASSWORD} and {@code FACTOR_TOTP} on every rule for staff whose
 * account needs a second factor; demo accounts sign in with the password only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMultiFactorAuthentication(
        authorities = {FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorAuthentication.FACTOR})
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SESSION_IDLE_MINUTES = "identity.session-idle-minutes";

    static final RequestMatcher HTMX = request -> "true".equals(request.getHeader("HX-Request"));

    @Bean
    Customizer<AdditionalRequiredFactorsBuilder<Object>> secondFactorForStaffWhoNeedIt() {
        return factors -> factors.when(authentication -> authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal staff
                && staff.secondFactorRequired());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectProvider<BearerCredentials> contributedCredentials,
            MachineClients clients,
            Organisations organisations,
            Clock clock,
            TransactionTemplate transactions,
            JdbcClient jdbc)
            throws Exception {
        var keys = new ProviderManager(new ClientKeyAuthentication.Provider(
                contributedCredentials.orderedStream().toList(), clients, organisations, clock, transactions, jdbc));
        var keyFilter = new AuthenticationFilter(keys, ClientKeyAuthentication.converter());
        keyFilter.setSuccessHandler((request, response, authentication) -> {});
        keyFilter.setFailureHandler((request, response, exception) ->
                ProblemResponses.unauthorized().commence(request, response, exception));
        keyFilter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        keyFilter.setRequestMatcher(ClientKeyAuthentication::isBearer);

        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(keyFilter, UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        ClientKeyAuthentication::isBearer, request -> request.getRequestedSessionId() == null))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            StaffAccounts accounts,
            StaffUsers users,
            SecondFactor secondFactor,
            SignInAttempts attempts,
            PolicySettings settings,
            PasswordEncoder passwords,
            Clock clock)
            throws Exception {
        var signIn = new ProviderManager(
                new StaffPasswordAuthentication(accounts, passwords),
                new SecondFactorAuthentication.Provider(users, secondFactor, clock));
        var contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

        var totpFilter = new SecondFactorAuthentication.Filter(signIn);
        totpFilter.setSecurityContextRepository(contexts);
        totpFilter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            attempts.succeeded(authentication.getName());
            applyIdleTimeout(request, settings);
            if (authentication.getDetails() instanceof List<?> codes && !codes.isEmpty()) {
                request.getSession().setAttribute(SecondFactorAuthentication.NEW_RECOVERY_CODES, codes);
                request.getSession().removeAttribute(SecondFactorAuthentication.PENDING_SECRET);
                response.sendRedirect(request.getContextPath() + "/account/recovery-codes");
                return;
            }
            new SavedRequestAwareAuthenticationSuccessHandler()
                    .onAuthenticationSuccess(request, response, authentication);
        });
        totpFilter.setAuthenticationFailureHandler((request, response, exception) -> {
            var staff = (String) request.getAttribute(SecondFactorAuthentication.USERNAME);
            if (staff != null) {
                attempts.failed(staff, "second-factor");
            }
            if (exception instanceof LockedException
                    || users.findByUsername(String.valueOf(staff))
                            .map(user -> user.isLockedAt(clock.instant()))
                            .orElse(false)) {
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login/totp?error");
        });

        var entryPoints = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(
                        (request, response, exception) -> {
                            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        },
                        HTMX)
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .build();

        http.authenticationManager(signIn)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/setup",
                                "/apply",
                                "/apply/**",
                                "/app",
                                "/app/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/error/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/login/totp")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            if (authentication.getPrincipal() instanceof StaffPrincipal staff
                                    && staff.secondFactorRequired()) {
                                response.sendRedirect(request.getContextPath() + "/login/totp");
                                return;
                            }
                            attempts.succeeded(authentication.getName());
                            applyIdleTimeout(request, settings);
                            new SavedRequestAwareAuthenticationSuccessHandler()
                                    .onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) ->
                                passwordFailed(request, response, exception, attempts)))
                .addFilterAfter(totpFilter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoints)
                        .defaultDeniedHandlerForMissingAuthority(
                                new LoginUrlAuthenticationEntryPoint("/login/totp"), SecondFactorAuthentication.FACTOR))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    private static void passwordFailed(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception,
            SignInAttempts attempts)
            throws IOException {
        var username = request.getParameter("username");
        if (exception instanceof LockedException) {
            attempts.failed(username, "locked");
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        attempts.failed(username, "password");
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static void applyIdleTimeout(HttpServletRequest request, PolicySettings settings) {
        var minutes = settings.numberToday(SESSION_IDLE_MINUTES);
        request.getSession().setMaxInactiveInterval((int) Math.max(60, minutes * 60));
    }

    static boolean isPasswordAuthenticated(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
    }
}
