package dk.tovholder.it.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium-headless-shell and chromium-driver) driving the
 * running app, plus the page checks every browser test shares. Saves a
 * screenshot of a failed test under target/screenshots.
 */
public final class Browser implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    /**
     * Chromium's headless shell (Debian's chromium-headless-shell, what Playwright runs headless
     * too): the same Blink and V8 as the full browser without its window layer. On this suite it
     * needs 30 % less CPU and time than {@code chromium --headless=new} (447 against 627 CPU-s,
     * 7:16 against 9:05, on 2 cores). {@code -Dtovholder.chromium=/usr/bin/chromium} runs the
     * full browser instead.
     */
    private static final String SHELL = "/usr/lib/chromium/chromium-headless-shell";
    private static final String CHROMIUM = System.getProperty("tovholder.chromium",
            Files.isExecutable(Path.of(SHELL)) ? SHELL
                    : "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("tovholder.chromedriver", "/usr/bin/chromedriver");
    private static WebDriver driver;
    /** axe-core, as the axe-core Selenium library ships it. */
    private static final String AXE_SCRIPT = axeScript();
    /** The function every page of the tab has that defines axe ({@link #offerAxe}). */
    private static final String AXE_DEFINER = "tovholderDefineAxe";
    /** Runs axe on the page and answers its serious and critical violations, one line each. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations'],
                iframes: false
            }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' at '
                            + v.nodes.map(n => JSON.stringify(n.target)).join(', '))),
                    error => done(['axe failed: ' + error]));
            """;

    public static synchronized WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // the console, so that a test can see what the page's Content Security Policy refused
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (!CHROMIUM.contains("headless-shell")) {
                options.addArguments("--headless=new");
            }
            options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000", "--lang=da");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeDriver chromium = new ChromeDriver(service, options);
            shiftClock(chromium);
            offerAxe(chromium);
            driver = chromium;
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    /**
     * The browser's own clock shows the server's day (a calendar's "today", a date picker's
     * month): every page of this tab gets, before its scripts, a {@code Date} that runs
     * {@link ServerDay#offset()} ahead.
     */
    private static void shiftClock(ChromeDriver chromium) {
        long offset = ServerDay.offset().toMillis();
        if (offset == 0) {
            return;
        }
        String shim = """
                (() => {
                  const RealDate = Date, offset = %d;
                  function ShiftedDate(...args) {
                    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
                    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + offset);
                  }
                  ShiftedDate.prototype = RealDate.prototype;
                  ShiftedDate.now = () => RealDate.now() + offset;
                  ShiftedDate.parse = RealDate.parse;
                  ShiftedDate.UTC = RealDate.UTC;
                  globalThis.Date = ShiftedDate;
                })();""".formatted(offset);
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", shim));
    }

    /**
     * axe-core on every page of this tab as a function that defines it when called
     * ({@link #assertAccessible()}), not run: sending its 500 kB with each check and compiling
     * it again cost a third of a second of Chromium's CPU per check; the page's renderer now
     * compiles it once and finds it in its cache on the next pages (0.63 → 0.38 CPU-s a page
     * checked, 0.03 more a page not checked).
     */
    private static void offerAxe(ChromeDriver chromium) {
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window." + AXE_DEFINER + " = function () {\n" + AXE_SCRIPT + "\n};"));
    }

    /** The browser console's errors since the last call (e.g. what the Content Security Policy refused). */
    public static List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A fresh visitor: no session, no cookies. */
    public static void forgetVisitor() {
        driver().get(Server.url() + "login.xhtml");
        driver().manage().deleteAllCookies();
    }

    public static void open(String path) {
        driver().get(Server.url() + path);
    }

    /**
     * A wait of at most {@code seconds} that looks again every 25 ms: Selenium's default of
     * 500 ms left the suite idle for half a second after nearly every click and page load.
     */
    public static WebDriverWait await(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(25));
        return wait;
    }

    public static WebElement find(By by) {
        return await(15).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public static void awaitText(By by, String text) {
        await(15).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The texts of the elements found, once there are exactly {@code count} of them (after an AJAX update). */
    public static List<String> awaitTexts(By by, int count) {
        return await(15).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> texts = d.findElements(by).stream().map(WebElement::getText).toList();
                    return texts.size() == count ? texts : null;
                });
    }

    /** Clicks a link or a non-AJAX button and waits for the next page. */
    public static void navigate(By by) {
        awaitGone(click(by));
        awaitLoaded();
    }

    /** Clicks what stays on the page (a radio button, a checkbox); returns it. */
    public static WebElement click(By by) {
        awaitLoaded(); // a click while the page is still loading can be lost
        WebElement element = find(by);
        openMenuFor(element);
        // in the middle of the window: a button at its very edge scrolls when it takes the focus on mousedown,
        // and the mouseup then misses it, so the click never happens
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
        return element;
    }

    /** On a narrow window the main menu is folded: opens it when the element is one of its links. */
    private static void openMenuFor(WebElement element) {
        List<WebElement> toggle = driver().findElements(By.id("menu-toggle"));
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed() && !element.isDisplayed()
                && "false".equals(toggle.get(0).getAttribute("aria-expanded"))
                && Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                        "return arguments[0].closest('#app-menu') !== null", element))) {
            toggle.get(0).click();
        }
    }

    /** Clicks a PrimeFaces AJAX button (or link) and waits until the page has been updated in place. */
    public static void ajax(By by) {
        click(by);
        awaitAjax();
    }

    /** Waits until PrimeFaces has no AJAX request in flight or queued. */
    public static void awaitAjax() {
        await(20).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    /** Answers "yes" in the confirmation dialog an action opened (p:confirmDialog global). */
    public static void confirm() {
        WebElement yes = await(15).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
        yes.click();
    }

    /** The browser window's width in CSS pixels (360, 390 for a phone; 1366 for a laptop). */
    public static void width(int pixels) {
        size(new Dimension(pixels, 900));
    }

    /** Sets the window's size and waits until the page has it (the headless shell resizes its view after answering). */
    public static void size(Dimension size) {
        driver().manage().window().setSize(size);
        await(15).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return Math.abs(window.innerWidth - arguments[0]) <= 20"
                        + " && Math.abs(window.innerHeight - arguments[1]) <= 200",
                size.getWidth(), size.getHeight())));
    }

    /** Fails when the page is wider than the window (sideways scrolling). */
    public static void assertFitsWidth() {
        List<?> widths = (List<?>) ((JavascriptExecutor) driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        long scroll = ((Number) widths.get(0)).longValue();
        long inner = ((Number) widths.get(1)).longValue();
        if (scroll > inner) {
            throw new AssertionError(path() + " is " + scroll + " px wide in a window of " + inner + " px");
        }
    }

    /** The current page on a phone (360 px): no sideways scrolling, nothing serious for axe; then the laptop again. */
    public static void assertFitsAPhone() {
        width(360);
        try {
            assertFitsWidth();
            assertAccessible();
        } finally {
            width(1280);
        }
    }

    /** A screenshot of the whole page for the user guide: target/guide/{name}.png. */
    public static void guideShot(String name) {
        shot(Path.of(System.getProperty("tovholder.screenshots", "target/screenshots")).resolveSibling("guide"), name);
    }

    /**
     * A screenshot of the whole page, when asked for with {@code -Dtovholder.pageshots=true}:
     * target/screenshots/pages/{name}.png. The gallery of every page at both widths is for a
     * person to look at; a build without one saves about 40 s of the browser tests.
     */
    public static void pageShot(String name) {
        if (!Boolean.getBoolean("tovholder.pageshots")) {
            return;
        }
        shot(Path.of(System.getProperty("tovholder.screenshots", "target/screenshots")).resolve("pages"), name);
    }

    private static void shot(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            // widgets that draw themselves after the load (the timeline, the week calendar) draw in the next frames
            ((JavascriptExecutor) driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));");
            JavascriptExecutor js = (JavascriptExecutor) driver();
            Number height = (Number) js.executeScript("return document.documentElement.scrollHeight");
            Dimension before = driver().manage().window().getSize();
            size(new Dimension(before.getWidth(), Math.min(6000, height.intValue() + 140)));
            // Chromium's quick PNG encoding: a larger file, a third of the CPU of its default compression
            Map<String, Object> shot = ((ChromeDriver) driver()).executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "optimizeForSpeed", true));
            size(before);
            Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the browser has loaded the current page, scripts included. */
    public static void awaitLoaded() {
        await(30).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until the page the element was on has been replaced by the next one. */
    public static void awaitGone(WebElement element) {
        await(15).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                // Chromium's way of saying the same while the next page replaces the document
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public static String heading() {
        return find(By.tagName("h1")).getText();
    }

    public static String path() {
        String url = driver().getCurrentUrl();
        return url.substring(Server.url().length() - 1);
    }

    /** Date and time fields take their value the way the browser's picker gives it: yyyy-MM-dd and HH:mm. */
    public static void setValue(By field, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", find(field), value);
    }

    public static void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Fails on accessibility violations axe-core rates serious or critical, among its WCAG 2.1 A
     * and AA rules. axe runs in the page itself ({@code axe.run}), injected once per page: the
     * AxeBuilder's way (a partial run, then a new window with axe injected again to finish it, and
     * every passing check's nodes sent back) took three times as long, for the same rules and
     * answer, and the app has no frames to reach into.
     */
    public static void assertAccessible() {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        if (!Boolean.TRUE.equals(js.executeScript("if (typeof window.axe !== 'object' && typeof window." + AXE_DEFINER
                + " === 'function') { window." + AXE_DEFINER + "(); } return typeof window.axe === 'object'"))) {
            js.executeScript(AXE_SCRIPT); // a window opened without the function
        }
        List<?> severe = (List<?>) js.executeAsyncScript(AXE_RUN);
        if (!severe.isEmpty()) {
            throw new AssertionError("accessibility violations on " + path() + ":\n"
                    + severe.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        }
    }

    private static String axeScript() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each test's {@link #consoleErrors()} are its own: what earlier tests left in the shared browser is dropped. */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (driver != null) {
            consoleErrors();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isEmpty() || driver == null) {
            return;
        }
        try {
            Path folder = Path.of(System.getProperty("tovholder.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            failure.get().addSuppressed(e);
        }
    }
}
