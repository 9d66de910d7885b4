package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The headers every page carries: a Content Security Policy that lets no
 * inline script run without the page's nonce (and none from elsewhere), no
 * framing by other sites, no MIME sniffing, no full URLs to other sites.
 */
class SecurityHeadersIT {

    @Test
    void pagesAllowOnlyTheirOwnNoncedScriptsAndEveryInlineScriptCarriesTheNonce() {
        HttpResponse<String> page = WebSession.of("koordinator").get("network/groups.xhtml");
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst()
                .orElseThrow(() -> new AssertionError("no script policy: " + policies));
        assertTrue(!scripts.contains("unsafe-inline") && !scripts.contains("unsafe-eval"), scripts);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertTrue(nonce.find(), scripts);
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'self'") && p.contains("object-src 'none'")),
                policies.toString());
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int count = 0;
        while (inline.find()) {
            count++;
            assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "inline script without the nonce: "
                    + inline.group());
        }
        assertTrue(count > 0, "the page has PrimeFaces' inline scripts, nonced");
        assertTrue(!Pattern.compile("\\son(click|change|submit|load)=").matcher(page.body()).find(),
                "no inline event handlers");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void aFormSentWithoutThePagesNonceIsSentBackToThePageAndDoesNothing() {
        WebSession visitor = WebSession.anonymous();
        JsfForm login = JsfForm.of(visitor.get("login.xhtml"), "login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", "koordinator");
        fields.put("login:password", Server.PASSWORD);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", login.get("jakarta.faces.ViewState"));
        HttpResponse<String> answer = visitor.post("login.xhtml", fields);
        assertEquals(303, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, visitor.get("index.xhtml").statusCode(), "not logged in: sent to the login page");
    }
}
