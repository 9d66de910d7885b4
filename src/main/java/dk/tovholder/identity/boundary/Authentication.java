package dk.tovholder.identity.boundary;

import dk.tovholder.api.Problem;
import dk.tovholder.clock.AppClock;
import dk.tovholder.cluster.control.Grid;
import dk.tovholder.identity.control.GridFailureStore;
import dk.tovholder.identity.control.LoginThrottle;
import dk.tovholder.identity.control.VerifiedCredentials;
import dk.tovholder.identity.control.VerifiedCredentials.Verified;
import dk.tovholder.protection.ClientAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for pages and API, since Jakarta Security 3 allows one per
 * application:
 * <ul>
 * <li>the login page authenticates programmatically ({@code SecurityContext.authenticate});
 * the session then carries the caller's name and groups, which are handed to
 * the container on each request as a new principal. (Not {@code @AutoApplySession}:
 * Payara 6.2025.10 reuses the session's principal through a security context
 * shared between threads, and answers about one in ten concurrent requests of
 * logged-in users with 403, Payara issue 6145, fixed after this version.)</li>
 * <li>API clients may send HTTP Basic credentials on each request instead: the
 * identity store's PBKDF2 check is made once per few minutes for the same
 * username and password ({@link CredentialCache}), and the login throttle
 * applies to every attempt;</li>
 * <li>or a personal API token, {@code Authorization: Bearer tvh_…} ({@link ApiTokens}):
 * the token's owner with their current roles; an unknown or revoked token is a 401;</li>
 * <li>an unauthenticated request for a protected page is sent to the login page
 * (remembering where it wanted to go); for the API it gets a 401 problem.</li>
 * </ul>
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the path to return to after login. */
    public static final String RETURN_TO = "tovholder.returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String BEARER = "Bearer ";
    private static final String BASIC_CHALLENGE = "Basic realm=\"Tovholder\", charset=\"UTF-8\"";
    /** Session attribute holding who logged in, with the groups the identity store gave. */
    static final String SESSION_CALLER = "tovholder.caller";

    /** Who a session belongs to. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionRegistry sessions;

    @Inject
    CredentialCache credentials;

    @Inject
    ApiTokens tokens;

    /** Request attribute: minutes the login page must ask the user to wait. */
    public static final String WAIT_MINUTES = "tovholder.login.waitMinutes";

    @Inject
    @ConfigProperty(name = "tovholder.login.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "tovholder.login.address-failures", defaultValue = "50")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "tovholder.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    /** Addresses of reverse proxies whose X-Forwarded-For is believed, comma-separated. */
    @Inject
    @ConfigProperty(name = "tovholder.trusted-proxies")
    Optional<String> trustedProxies;

    private LoginThrottle throttle;
    private Set<String> proxies;

    @PostConstruct
    void configure() {
        // in a cluster every node counts the same failures (the data grid's maps); alone, this node's memory
        throttle = Grid.find().map(grid -> new LoginThrottle(accountFailures, addressFailures,
                Duration.ofMinutes(windowMinutes), AppClock.get(), new GridFailureStore(grid, "tovholder-login-accounts"),
                new GridFailureStore(grid, "tovholder-login-addresses")))
                .orElseGet(() -> new LoginThrottle(accountFailures, addressFailures, Duration.ofMinutes(windowMinutes),
                        AppClock.get()));
        proxies = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            String name = credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
            Duration wait = throttle.waitFor(name, ClientAddress.of(request, proxies));
            if (!wait.isZero()) {
                request.setAttribute(WAIT_MINUTES, minutes(wait));
                return AuthenticationStatus.SEND_FAILURE;
            }
            return login(request, context, checked(name, credential, request));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            sessions.remember(caller.name(), session);
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.groups());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential decoded = decodeBasic(authorization.substring(6).trim());
            if (decoded == null) {
                return unauthorized(request, response, "problem.unauthorized.badCredentials", BASIC_CHALLENGE);
            }
            Duration wait = throttle.waitFor(decoded.getCaller(), ClientAddress.of(request, proxies));
            if (!wait.isZero()) {
                return tooManyAttempts(request, response, wait);
            }
            VerifiedCredentials verified = credentials.credentials();
            Optional<Verified> remembered = verified.basic(decoded.getCaller(), decoded.getPasswordAsString());
            if (remembered.isPresent()) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(remembered.get().username()),
                        remembered.get().groups());
            }
            long since = verified.generation();
            CredentialValidationResult result = checked(decoded.getCaller(), decoded, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                verified.rememberBasic(decoded.getCaller(), decoded.getPasswordAsString(),
                        new Verified(result.getCallerPrincipal().getName(), result.getCallerGroups(), null), since);
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, "problem.unauthorized.badCredentials", BASIC_CHALLENGE);
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Verified> holder = tokens.holderOf(authorization.substring(BEARER.length()).trim());
            if (holder.isEmpty()) {
                return unauthorized(request, response, "problem.unauthorized.badToken",
                        "Bearer realm=\"Tovholder\", error=\"invalid_token\"");
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(holder.get().username()), holder.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, "problem.unauthorized.detail", BASIC_CHALLENGE);
        }
        return toLoginPage(request, response);
    }

    /** Validates the credential and counts a failure against the account and the address. */
    private CredentialValidationResult checked(String name, Credential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(name);
        } else {
            throttle.failed(name, ClientAddress.of(request, proxies));
        }
        return result;
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
            Duration wait) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(429, request.getLocale(), "problem.tooManyAttempts.title",
                    "problem.tooManyAttempts.detail", pathOf(request), minutes(wait)).toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            // a new session id at login: a planted id is worth nothing afterwards
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            sessions.register(result.getCallerPrincipal().getName(), session);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith(API_PREFIX);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        String path = pathOf(request);
        if ("GET".equals(request.getMethod()) && wantsPage(request)) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, query == null ? path : path + "?" + query);
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + login + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Whether the request is for a page the user navigated to (not the
     * favicon or an image the browser fetched by itself, which would otherwise
     * become the place the user lands after logging in).
     */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String dest = request.getHeader("Sec-Fetch-Dest");
        return (dest == null || "document".equals(dest)) && (accept == null || accept.contains("text/html"));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detailKey, String challenge) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(HttpServletResponse.SC_UNAUTHORIZED, request.getLocale(), "problem.unauthorized.title", detailKey, pathOf(request)).toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(
                    pair.substring(0, colon).strip().toLowerCase(Locale.ROOT), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
