package kr.donggu.chatbot.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) with a fresh profile,
 * sized as a desktop or a phone, with axe-core checks and screenshots. Screenshots go to target/screenshots; with
 * {@code -Ddocs.screenshots=true} also to docs/.
 */
public final class Browser implements AutoCloseable {

    /** The two screens every page is checked on. */
    public enum Screen {
        DESKTOP(1280, 800, false), PHONE(375, 812, true);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** Every rule axe-core has at WCAG 2.2 AA, its best practices and its experimental rules. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice", "experimental");

    public final ChromeDriver driver;
    public final WebDriverWait wait;

    public Browser(Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=ko-KR",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);   // a list redrawn while a condition reads it
    }

    /** Emulates the screen exactly (a phone also as a touch device, honouring the viewport meta tag). */
    public Browser on(Screen screen) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The element matched by {@code css} lies entirely inside the window. */
    public boolean inViewport(WebElement element) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                element);
    }

    /** Runs axe-core on the page and its frames and fails with every violation found, described. */
    public void assertAccessible(String state) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        assertThat(results.getViolations()).as("axe-core violations in %s:%n%s", state, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + "\n"
                + r.getNodes().stream().map(CheckedNode::getHtml).map(h -> "    " + h).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    public void screenshot(String name) {
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target/screenshots", name);
            Files.createDirectories(target.getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            if (Boolean.getBoolean("docs.screenshots")) {
                Files.copy(shot, Path.of("docs", name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
