package dk.tovholder.it.browser;

import dk.tovholder.it.Server;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages of issue 21's handbook tools and small fixes on a 360 px phone, in Danish and in English: no sideways
 * scrolling and no serious accessibility findings (the group page's members table, the network map's actors
 * table, the experience group's matrix and the profile lists were wider than the phone).
 */
@ExtendWith(Browser.class)
class ToolPagesOnAPhoneBrowserIT {

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static long idOf(String api, String user, String name) {
        return Server.json(Server.get(api, user)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<String> pages() {
        long group = idOf("api/groups", "koordinator", "Netværksgruppen i Søndermarkskvarteret");
        long experience = idOf("api/experience-groups", "koordinator", "Erfaringsgruppen Tartuhus");
        long programme = idOf("api/organisations?max=200", "koordinator",
                "Boligsocial helhedsplan for Søndermarkskvarteret");
        long post = Server.json(Server.get("api/exchange/posts", "koordinator")).asJsonArray()
                .getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        List<String> pages = new ArrayList<>(List.of("account/calendars.xhtml", "account/profile.xhtml",
                "organisation/view.xhtml?id=" + programme, "network/group.xhtml?id=" + group,
                "experience/group.xhtml?id=" + experience, "collaboration/map.xhtml", "meeting/actions.xhtml",
                "exchange/post.xhtml?id=" + post));
        return pages;
    }

    @Test
    void theToolPagesFitAPhoneAndPassAxeInDanishAndEnglish() {
        List<String> pages = pages();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.width(360);
        try {
            for (String page : pages) {
                check(page);
            }
            Browser.open("account/profile.xhtml");
            Browser.navigate(By.id("languageForm:lang-en"));
            try {
                for (String page : pages) {
                    check(page);
                }
            } finally {
                Browser.navigate(By.id("languageForm:lang-da"));
            }
        } finally {
            Browser.width(1280);
        }
    }

    private static void check(String page) {
        Browser.open(page);
        Browser.awaitLoaded();
        try {
            Browser.assertFitsWidth();
        } catch (AssertionError wide) {
            Object culprits = ((JavascriptExecutor) Browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                    + " return e.getBoundingClientRect().right > window.innerWidth; }).slice(0, 8).map(function (e) {"
                    + " return e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); })");
            throw new AssertionError(wide.getMessage() + ": " + culprits, wide);
        }
        Browser.assertAccessible();
    }
}
