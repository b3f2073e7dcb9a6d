package dk.rekrut.security;

import static dk.rekrut.organisation.Role.ADMINISTRATOR;
import static dk.rekrut.organisation.Role.ADMIN_SUPPORT;
import static dk.rekrut.organisation.Role.ASSESSMENT_COMMITTEE;
import static dk.rekrut.organisation.Role.COMMUNICATIONS;
import static dk.rekrut.organisation.Role.HIRING_COMMITTEE;
import static dk.rekrut.organisation.Role.HIRING_MANAGER;
import static dk.rekrut.organisation.Role.HR_CASE_HANDLING;
import static dk.rekrut.organisation.Role.HR_EXTENDED;
import static dk.rekrut.organisation.Role.HR_LIMITED;
import static dk.rekrut.organisation.Role.ANALYST;
import static dk.rekrut.organisation.Role.JOBCENTRE_MANAGER;
import static dk.rekrut.organisation.Role.JOB_CONSULTANT;

import dk.rekrut.audit.AuditLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Route-level rules. Every route is listed here with the roles that may reach it; object-level rules
 * (which case, which unit) are checked again in the services. docs/roles.md is the matrix behind both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    static final Role[] CASE_ROLES = {HR_EXTENDED, HR_CASE_HANDLING, HR_LIMITED, HIRING_MANAGER,
        ASSESSMENT_COMMITTEE, HIRING_COMMITTEE, ADMIN_SUPPORT};

    /** Rekrut uses no browser feature behind a permission: every one of them is switched off for every page. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
        + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    private final CurrentUsers currentUsers;

    SecurityConfiguration(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUsers);
    }

    /** The JSON API: stateless, HTTP Basic, no cookies, so CSRF cannot apply. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, "/api/v1/postings", "/api/v1/postings/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/postings/*/applications").permitAll()
                .requestMatchers("/api/v1/units/**", "/api/v1/users/**", "/api/v1/audit/**").hasAuthority(auth(ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/media/**").hasAnyAuthority(auths(ADMINISTRATOR, HR_EXTENDED, HR_CASE_HANDLING, HR_LIMITED))
                .requestMatchers("/api/v1/media/**").hasAuthority(auth(ADMINISTRATOR))
                .requestMatchers("/api/v1/cases/**").hasAnyAuthority(auths(CASE_ROLES))
                .requestMatchers(HttpMethod.POST, "/api/v1/jobcentre/sources/*/harvest")
                    .hasAnyAuthority(auths(ADMINISTRATOR, JOBCENTRE_MANAGER))
                .requestMatchers("/api/v1/jobcentre/citizens", "/api/v1/jobcentre/citizens/**")
                    .hasAuthority(auth(JOB_CONSULTANT))
                .anyRequest().denyAll())
            .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, UserAccounts accounts, AuditLog audit,
                            OrganisationDirectory directory,
                            SessionProperties session,
                            ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
        http.addFilterBefore(new CurrentRightsFilter(directory, Clock.systemUTC(), session.absoluteTimeout()),
                AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(a -> a
                .requestMatchers("/", "/jobs", "/jobs/**", "/feeds/**", "/login", "/error", "/css/**", "/dkfds/**", "/js/**",
                    "/images/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/v3/api-docs", "/v3/api-docs/**", "/my-application/**",
                    "/actuator/health", "/jobcenter/forslag/**").permitAll()
                .requestMatchers("/admin/**").hasAuthority(auth(ADMINISTRATOR))
                .requestMatchers("/content/**").hasAuthority(auth(COMMUNICATIONS))
                .requestMatchers("/talent-pools/**", "/talent-pools").hasAnyAuthority(auths(HR_EXTENDED, HR_CASE_HANDLING, HR_LIMITED))
                .requestMatchers("/cases/**").hasAnyAuthority(auths(CASE_ROLES))
                .requestMatchers("/tasks").hasAnyAuthority(auths(CASE_ROLES))
                .requestMatchers("/jobcentre/sources", "/jobcentre/sources/**").hasAnyAuthority(auths(ADMINISTRATOR, JOBCENTRE_MANAGER))
                .requestMatchers("/jobcenter/borgere", "/jobcenter/borgere/**", "/jobcenter/occupations")
                    .hasAuthority(auth(JOB_CONSULTANT))
                .requestMatchers(HttpMethod.GET, "/jobcentre/postings")
                    .hasAnyAuthority(auths(ADMINISTRATOR, JOB_CONSULTANT, JOBCENTRE_MANAGER, ANALYST))
                // The trial (docs/trial.md): the manager sets it up and imports outcomes; the manager and the analyst
                // read the list and the analysis (aggregates only). The unit rule is in Trials.
                .requestMatchers(HttpMethod.GET, "/jobcentre/trials", "/jobcentre/trials/*/analysis",
                    "/jobcentre/trials/*/analysis.csv").hasAnyAuthority(auths(JOBCENTRE_MANAGER, ANALYST))
                .requestMatchers("/jobcentre/trials", "/jobcentre/trials/**").hasAuthority(auth(JOBCENTRE_MANAGER))
                .requestMatchers("/statistics", "/statistics/**")
                    .hasAnyAuthority(auths(ADMINISTRATOR, HR_EXTENDED, HR_CASE_HANDLING, HR_LIMITED))
                .requestMatchers("/start").authenticated()
                .anyRequest().denyAll())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/start", true)
                // One answer for a wrong password and an unknown name, and one for a held-back attempt, which is held
                // back for unknown names alike: no answer reveals that a user name exists (security review L2).
                .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                    + (ex instanceof LockedException ? "/login?throttled" : "/login?error"))))
            .logout(l -> l.logoutSuccessUrl("/").permitAll())
            // Login always leads to /start, so a saved request is never used; saving it would start a session for
            // every anonymous visitor who tries a staff address (security review L8).
            .requestCache(c -> c.requestCache(new NullRequestCache()))
            // RFC 8058 one-click unsubscribe: mail clients POST without a session; the unguessable token in the path
            // is the authority, and all it can do is delete its own job agent subscription.
            .csrf(c -> c.ignoringRequestMatchers("/jobs/agent/unsubscribe/*"))
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self' " + oidcFormTargets(oidcClients)))
                // No page's address goes to another site; the applicant's private pages send none at all (they
                // set no-referrer themselves, which this default leaves alone).
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/start", true)
                .failureUrl("/login?oidc-error")
                .userInfoEndpoint(u -> u.oidcUserService(new OidcAccountService(accounts, audit,
                    providerCount(oidcClients) == 1))));
        }
        return http.build();
    }

    private static int providerCount(ObjectProvider<ClientRegistrationRepository> clients) {
        int n = 0;
        if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object o : registrations) {
                n += o instanceof ClientRegistration ? 1 : 0;
            }
        }
        return n;
    }

    /** OIDC login redirects the browser to the providers' authorisation endpoints; CSP form-action allows just those. */
    private static String oidcFormTargets(ObjectProvider<ClientRegistrationRepository> clients) {
        var repo = clients.getIfAvailable();
        if (!(repo instanceof Iterable<?> registrations)) {
            return "";
        }
        var origins = new LinkedHashSet<String>();
        for (Object o : registrations) {
            if (o instanceof ClientRegistration r) {
                var uri = URI.create(r.getProviderDetails().getAuthorizationUri());
                origins.add(uri.getScheme() + "://" + uri.getAuthority());
            }
        }
        return String.join(" ", origins);
    }

    static String auth(Role role) {
        return role.authority();
    }

    static String[] auths(Role... roles) {
        return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
    }
}
