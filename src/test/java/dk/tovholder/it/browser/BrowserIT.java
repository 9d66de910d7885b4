package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What people do in their browser: log in, switch language, use the directory, administer users. */
@ExtendWith(Browser.class)
class BrowserIT {

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    @Test
    void aCoordinatorLogsInWithTheKeyboardAndSeesTheNavigationOfTheirRole() {
        LoginPage.logInWithKeyboard("koordinator", Server.PASSWORD);
        Browser.awaitText(By.id("welcome"), "Mette Holm");
        assertTrue(Browser.find(By.id("welcome")).getText().contains("Boligsocial helhedsplan"));
        assertEquals("Organisationer", Browser.find(By.id("nav-organisations")).getText());
        assertTrue(Browser.driver().findElements(By.id("nav-users")).isEmpty(), "no administration for a coordinator");
        Browser.assertAccessible();
    }

    @Test
    void aWrongPasswordGivesAClearMessageInDanishAndNoSession() {
        LoginPage.open();
        Browser.assertAccessible();
        LoginPage.logIn("koordinator", "forkert-kode");
        assertTrue(LoginPage.error().contains("Forkert brugernavn eller adgangskode"), LoginPage.error());
        Browser.open("organisation/list.xhtml");
        assertTrue(Browser.path().startsWith("/login.xhtml"), "still not logged in");
    }

    @Test
    void afterLoginTheVisitorLandsWhereTheyWantedToGo() {
        Browser.open("organisation/list.xhtml?type=BUSINESS");
        assertTrue(Browser.path().startsWith("/login.xhtml"));
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.awaitText(By.id("directory"), "Apoteket Lille Bjørn");
        assertTrue(Browser.path().startsWith("/organisation/list.xhtml"), Browser.path());
        assertFalse(Browser.find(By.id("directory")).getText().contains("Røde Kors"), "the filter of the link holds");
    }

    @Test
    void theLanguageSwitchTranslatesThePageAndIsRememberedOnTheProfile() {
        String user = newUser("sprog");
        LoginPage.logIn(user, "kaffe og kage i fælleshuset");
        Browser.awaitText(By.id("nav-organisations"), "Organisationer");
        Browser.navigate(By.id("languageForm:lang-en"));
        Browser.awaitText(By.id("nav-organisations"), "Organisations");
        assertEquals("en", Browser.find(By.tagName("html")).getAttribute("lang"));
        LoginPage.logOut();
        assertEquals("Log ind", Browser.find(LoginPage.SUBMIT).getText(),
                "a new visitor starts in Danish");
        LoginPage.logIn(user, "kaffe og kage i fælleshuset");
        Browser.awaitText(By.id("nav-organisations"), "Organisations");
        Browser.open("account/profile.xhtml");
        assertEquals("English", Browser.find(By.id("profile-language")).getText());
        Browser.assertAccessible();
    }

    @Test
    void theDirectoryFindsOrganisationsAndHidesContactsWithoutConsent() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-organisations"));
        Browser.awaitText(By.id("directory"), "Afdelingsbestyrelsen i Tartuhus");
        WebElement tartuhus = Browser.find(By.xpath("//tr[.//a[normalize-space()='Afdelingsbestyrelsen i Tartuhus']]"));
        assertTrue(tartuhus.getText().contains("Vises kun med samtykke"), tartuhus.getText());
        assertFalse(Browser.driver().getPageSource().contains("tartuhus@example.dk"));
        Browser.assertAccessible();

        Browser.type(By.id("search:text"), "lektiehjælp");
        Browser.find(By.id("search:searchButton")).click();
        assertEquals(List.of("Røde Kors"), Browser.awaitTexts(By.cssSelector("#directory .organisation-name"), 1));

        Browser.navigate(By.linkText("Røde Kors"));
        Browser.awaitText(By.id("contact"), "roedekors@example.dk");
        assertTrue(Browser.driver().findElements(By.id("edit")).isEmpty(), "no edit link for another organisation");
        Browser.assertAccessible();
    }

    @Test
    void aParticipantUpdatesTheirOwnOrganisationAndBadInputLosesNothing() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.open("organisation/list.xhtml?q=Bydelsm%C3%B8dre");
        Browser.navigate(By.linkText("Bydelsmødre"));
        Browser.navigate(By.id("edit"));
        Browser.assertAccessible();
        String description = "Bydelsmødre mødes hver onsdag " + UUID.randomUUID().toString().substring(0, 6);
        Browser.type(By.id("edit:description"), description);
        Browser.type(By.id("edit:website"), "ftp://bydelsmor.dk"); // the browser takes it as a URL; we do not
        Browser.navigate(By.id("edit:save"));
        Browser.awaitText(By.cssSelector("body"), "Skal være en webadresse");
        assertEquals(description, Browser.find(By.id("edit:description")).getAttribute("value"),
                "the typed text stays in the form");

        Browser.open("organisation/list.xhtml?q=Bydelsm%C3%B8dre");
        Browser.navigate(By.linkText("Bydelsmødre"));
        assertFalse(Browser.find(By.tagName("main")).getText().contains(description), "nothing was saved");
        Browser.navigate(By.id("edit"));
        Browser.type(By.id("edit:description"), description);
        Browser.navigate(By.id("edit:save"));
        Browser.awaitText(By.tagName("main"), "Organisationen Bydelsmødre er gemt.");
        assertTrue(Browser.find(By.tagName("main")).getText().contains(description));
    }

    @Test
    void aParticipantCannotOpenTheEditPageOfAnotherOrganisation() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.open("organisation/list.xhtml?q=R%C3%B8de%20Kors");
        Browser.navigate(By.linkText("Røde Kors"));
        assertTrue(Browser.driver().findElements(By.id("edit")).isEmpty());
        String id = Browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        Browser.open("organisation/edit.xhtml?id=" + id);
        assertEquals("Ingen adgang", Browser.heading());
        assertTrue(Browser.driver().findElements(By.id("edit:save")).isEmpty());
        Browser.assertAccessible();

        Browser.open("organisation/view.xhtml?id=987654321");
        assertEquals("Siden findes ikke", Browser.heading());
        Browser.assertAccessible();
    }

    @Test
    void badInputIsExplainedNextToTheFieldInTheUsersLanguage() {
        String administrator = newUser("admin", "Administrator");
        LoginPage.logIn(administrator, "kaffe og kage i fælleshuset");
        Browser.navigate(By.id("languageForm:lang-en"));
        Browser.open("organisation/edit.xhtml");
        assertEquals("Create organisation", Browser.heading());
        Browser.type(By.id("edit:contactEmail"), "not-an-address");
        Browser.type(By.id("edit:description"), "x".repeat(5000));
        Browser.navigate(By.id("edit:save"));
        String page = Browser.find(By.tagName("main")).getText();
        assertTrue(page.contains("Required."), "missing name and type: " + page);
        assertTrue(page.contains("Must be a valid e-mail address"), page);
        assertTrue(page.contains("4000") || page.contains("characters"), "too long description: " + page);
        Browser.assertAccessible();
    }

    @Test
    void anAdministratorCreatesAUserWhoChangesTheirPasswordAndIsLaterDeactivated() {
        String user = newUser("ny");
        LoginPage.logIn(user, "kaffe og kage i fælleshuset");
        Browser.navigate(By.id("nav-profile"));
        Browser.assertAccessible();
        assertTrue(Browser.find(By.id("mailPreferences:digest:0")).isSelected(), "action items one by one at first");
        Browser.click(By.id("mailPreferences:digest:1"));
        Browser.navigate(By.id("mailPreferences:saveMail"));
        Browser.awaitText(By.tagName("main"), "Dine e-mailvalg er gemt.");
        assertTrue(Browser.find(By.id("mailPreferences:digest:1")).isSelected(), "the weekly digest, remembered");
        Browser.type(By.id("password:currentPassword"), "kaffe og kage i fælleshuset");
        Browser.type(By.id("password:newPassword"), "kort");
        Browser.type(By.id("password:repeatPassword"), "kort");
        Browser.navigate(By.id("password:changePassword"));
        Browser.awaitText(By.tagName("main"), "mindst 10 tegn");
        Browser.type(By.id("password:currentPassword"), "kaffe og kage i fælleshuset");
        Browser.type(By.id("password:newPassword"), "rugbrød med rullepølse");
        Browser.type(By.id("password:repeatPassword"), "rugbrød med rullepølse");
        Browser.navigate(By.id("password:changePassword"));
        Browser.awaitText(By.tagName("main"), "Din adgangskode er skiftet.");
        LoginPage.logOut();
        LoginPage.logIn(user, "kaffe og kage i fælleshuset");
        assertTrue(LoginPage.error().contains("Forkert brugernavn"), "the old password no longer works");
        LoginPage.logIn(user, "rugbrød med rullepølse");
        Browser.awaitText(By.id("welcome"), "Testperson " + user);
        LoginPage.logOut();

        LoginPage.logIn("admin", Server.PASSWORD);
        Browser.navigate(By.id("nav-users"));
        Browser.navigate(By.xpath("//tr[td[1][normalize-space()='" + user + "']]//input[@type='submit']"));
        Browser.awaitText(By.tagName("main"), "Brugeren er deaktiveret");
        assertTrue(Browser.find(By.xpath("//tr[td[1][normalize-space()='" + user + "']]")).getText()
                .contains("Deaktiveret"));
        Browser.open("admin/outbox.xhtml");
        Browser.awaitText(By.tagName("main"), "Adresser, der fejler");
        Browser.assertAccessible();
        LoginPage.logOut();
        LoginPage.logIn(user, "rugbrød med rullepølse");
        assertTrue(LoginPage.error().contains("deaktiveret"), LoginPage.error());
    }

    @Test
    void anAdministratorErasesAPersonAfterConfirmingAndNoPageBreaksTheContentSecurityPolicy() {
        String user = newUser("slet");
        LoginPage.logIn("admin", Server.PASSWORD);
        Browser.consoleErrors();
        Browser.navigate(By.id("nav-users"));
        Browser.click(By.xpath("//tr[td[1][normalize-space()='" + user + "']]//button[contains(@id, 'erase')]"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "slettes for altid");
        Browser.navigate(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        Browser.awaitText(By.tagName("main"), "Personens persondata er slettet.");
        String users = Browser.find(By.tagName("main")).getText();
        assertFalse(users.contains(user) || users.contains("Testperson " + user), "nothing left that names them");
        assertTrue(users.contains("Tidligere deltager"));
        Browser.assertAccessible();
        for (String page : List.of("index.xhtml", "network/groups.xhtml", "meeting/mine.xhtml", "room/rooms.xhtml",
                "room/bookings.xhtml", "history.xhtml", "organisation/list.xhtml", "account/profile.xhtml")) {
            Browser.open(page);
            Browser.awaitLoaded();
        }
        List<String> refused = Browser.consoleErrors().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        assertTrue(refused.isEmpty(), "the browser refused: " + refused);
        LoginPage.logOut();
        LoginPage.logIn(user, "kaffe og kage i fælleshuset");
        assertTrue(LoginPage.error().contains("Forkert brugernavn"), "no login left");
    }

    /**
     * Creates a user of Røde Kors through the administration page, with the
     * roles labelled (none: a participant); returns the username.
     */
    private static String newUser(String prefix, String... roleLabels) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.logIn("admin", Server.PASSWORD);
        Browser.navigate(By.id("nav-users"));
        Browser.assertAccessible();
        Browser.type(By.id("newAccount:username"), username);
        Browser.type(By.id("newAccount:name"), "Testperson " + username);
        new Select(Browser.find(By.id("newAccount:organisation"))).selectByVisibleText("Røde Kors");
        for (String role : roleLabels) {
            Browser.find(By.xpath("//form[@id='newAccount']//label[normalize-space()='" + role + "']")).click();
        }
        Browser.type(By.id("newAccount:password"), "kaffe og kage i fælleshuset");
        Browser.navigate(By.id("newAccount:create"));
        Browser.awaitText(By.tagName("main"), "Brugeren " + username + " er oprettet.");
        LoginPage.logOut();
        return username;
    }
}
