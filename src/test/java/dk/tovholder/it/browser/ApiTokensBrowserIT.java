package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A participant makes a personal API token on the profile page: a name is
 * required; the secret is shown once (gone after a reload), the token is
 * listed with its last use, and revoking it asks first and removes it. The
 * section fits a phone and passes axe.
 * <p>
 * Data: a token of deltager's with a fresh name, revoked at the end.
 */
@ExtendWith(Browser.class)
class ApiTokensBrowserIT {

    private static final By SECRET = By.id("secret");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static List<WebElement> listed(String name) {
        return Browser.driver().findElements(By.xpath("//*[@id='apiTokens']//li[contains(@class, 'token')]"
                + "[.//h3[normalize-space()='" + name + "']]"));
    }

    private static HttpResponse<String> me(String secret) {
        return Server.send(Server.request("api/me", null).header("Authorization", "Bearer " + secret).GET().build());
    }

    @Test
    void aParticipantMakesATokenSeesItsSecretOnceAndRevokesIt() {
        String name = "Browsertest " + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-profile"));
        assertEquals("API-nøgler", Browser.find(By.id("apiTokensTitle")).getText());

        Browser.ajax(By.id("apiTokens:create"));
        Browser.awaitText(By.cssSelector("[id='apiTokens'] .ui-message"), "Giv nøglen et navn.");
        assertTrue(Browser.driver().findElements(SECRET).isEmpty());

        Browser.type(By.id("apiTokens:name"), name);
        Browser.ajax(By.id("apiTokens:create"));
        String secret = Browser.find(SECRET).getAttribute("value");
        assertTrue(secret.startsWith("tvh_"), secret);
        assertTrue(Browser.find(By.id("issuedHint")).getText().startsWith("Kopiér nøglen nu."));
        Browser.awaitText(By.cssSelector(".message-info"), "API-nøglen »" + name + "« er oprettet.");
        assertEquals(1, listed(name).size(), "listed at once");
        assertEquals("Aldrig", listed(name).get(0).findElement(By.className("token-last-used")).getText());
        Browser.click(By.cssSelector(".token-issued .copy-button"));
        Browser.awaitText(By.cssSelector(".token-issued .copy-status"), "Kopieret");

        Browser.assertAccessible();
        Browser.width(1366);
        Browser.pageShot("profile-api-token-1366");
        Browser.width(360);
        try {
            Browser.assertFitsWidth();
            Browser.pageShot("profile-api-token-360");
        } finally {
            Browser.width(1280);
        }

        HttpResponse<String> asToken = me(secret);
        assertEquals(200, asToken.statusCode(), asToken::body);
        assertTrue(asToken.body().contains("\"username\":\"deltager\""), asToken::body);

        Browser.open("account/profile.xhtml");
        Browser.awaitLoaded();
        assertTrue(Browser.driver().findElements(SECRET).isEmpty(), "the secret is gone after a reload");
        assertFalse(Browser.driver().getPageSource().contains(secret));
        assertEquals(1, listed(name).size());
        assertNotEquals("Aldrig", listed(name).get(0).findElement(By.className("token-last-used")).getText(),
                "used a moment ago");

        Browser.click(By.xpath("//*[@id='apiTokens']//li[contains(@class, 'token')][.//h3[normalize-space()='" + name
                + "']]//button[contains(@class, 'token-revoke')]"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "»" + name + "«");
        Browser.width(360);
        try {
            Browser.pageShot("profile-api-token-revoke-360");
        } finally {
            Browser.width(1280);
        }
        Browser.confirm();
        Browser.awaitAjax();
        Browser.awaitText(By.cssSelector(".message-info"), "API-nøglen »" + name + "« er tilbagekaldt.");
        assertTrue(listed(name).isEmpty());

        Browser.open("account/profile.xhtml");
        Browser.awaitLoaded();
        assertTrue(listed(name).isEmpty(), "gone after a reload");
        assertEquals(401, me(secret).statusCode(), "a revoked token no longer works");
        List<String> console = Browser.consoleErrors();
        assertTrue(console.isEmpty(), () -> "console: " + console);
    }
}
