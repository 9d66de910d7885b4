package dk.tovholder.identity.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dk.tovholder.language.LanguagePreference;
import dk.tovholder.layout.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Locale;

/** login.xhtml: checks the credentials and goes on to the page the user asked for. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    LanguagePreference language;

    @Inject
    FacesMessages messages;

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username.strip().toLowerCase(Locale.ROOT);
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(name, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                accounts.findByUsername(name).ifPresent(a -> language.use(a.getLanguage()));
                external.redirect(external.getRequestContextPath() + returnPath(request));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = request.getAttribute(Authentication.WAIT_MINUTES);
                if (wait != null) {
                    messages.error("login.throttled", wait);
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    /** Where the user was going; only a path inside this application. */
    private static String returnPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(Authentication.RETURN_TO);
        if (session != null) {
            session.removeAttribute(Authentication.RETURN_TO);
        }
        String path = saved == null ? "" : saved.toString();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.startsWith(Authentication.LOGIN_PAGE)) {
            return "/";
        }
        return path;
    }

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is invalidated below in any case
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + Authentication.LOGIN_PAGE);
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
