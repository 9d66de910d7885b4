package dk.tovholder.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login page. */
public final class LoginPage {

    static final By USERNAME = By.id("login:username");
    static final By PASSWORD = By.id("login:password");
    static final By SUBMIT = By.id("login:submit");

    private LoginPage() {
    }

    public static void open() {
        Browser.open("login.xhtml");
    }

    public static void logIn(String username, String password) {
        if (!Browser.path().startsWith("/login.xhtml")) {
            open();
        }
        Browser.type(USERNAME, username);
        Browser.type(PASSWORD, password);
        WebElement submit = Browser.find(SUBMIT);
        submit.click();
        Browser.awaitGone(submit);
    }

    /** Logs in with the keyboard only: Tab between the fields, Enter to submit. */
    public static void logInWithKeyboard(String username, String password) {
        open();
        WebElement field = Browser.find(USERNAME);
        field.click();
        field.sendKeys(username, Keys.TAB, password, Keys.ENTER);
        Browser.awaitGone(field);
    }

    public static void logOut() {
        WebElement logout = Browser.find(By.id("logoutForm:logout"));
        logout.click();
        Browser.awaitGone(logout);
        Browser.find(USERNAME);
    }

    public static String error() {
        return Browser.find(By.cssSelector(".message-error, .ui-message-error")).getText();
    }
}
