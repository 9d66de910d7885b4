package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check every browser test leans on can fail: a page that passes it passes
 * because axe found nothing serious, not because axe did not run.
 */
@ExtendWith(Browser.class)
class AccessibilityCheckBrowserIT {

    @Test
    void anImageWithoutTextAndAButtonWithoutANameFailTheCheck() {
        Browser.forgetVisitor();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.open("room/rooms.xhtml");
        Browser.awaitLoaded();
        Browser.assertAccessible(); // the page as it is: nothing serious
        ((JavascriptExecutor) Browser.driver()).executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<img src="data:," id="noText"><button id="noName"></button>');
                """);
        AssertionError failure = assertThrows(AssertionError.class, Browser::assertAccessible);
        assertTrue(failure.getMessage().contains("image-alt") && failure.getMessage().contains("#noText"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("button-name") && failure.getMessage().contains("#noName"),
                failure.getMessage());
    }
}
