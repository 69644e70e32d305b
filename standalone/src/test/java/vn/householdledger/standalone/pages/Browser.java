package vn.householdledger.standalone.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the pages, as the Debian packages {@code chromium} and
 * {@code chromium-driver} install it; a fresh profile each time, no network beyond the server.
 */
public final class Browser implements AutoCloseable {

    /**
     * No page test asserts how long a page takes (timings are the bench's): waits last longer than any
     * build, whose fork timeout ends a hang first; Selenium only insists on a bound.
     */
    static final Duration AS_LONG_AS_IT_TAKES = Duration.ofHours(1);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port) {
        this("http://localhost:" + port);
    }

    /** A browser of the service at {@code base}, e.g. the front of a split deployment. */
    public Browser(String base) {
        try {
            profile = Files.createTempDirectory("ledger-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        // What the pages write to the console, policy violations included (console()).
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(AS_LONG_AS_IT_TAKES);
        this.base = base;
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The page's viewport exactly, as a phone (touch, mobile layout) or a desktop shows it. */
    public void viewport(int width, int height, boolean phone) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** Back to the window's own desktop size. */
    public void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Scrolls the first element matching {@code css} to the top of the viewport. */
    public void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);",
                driver.findElement(By.cssSelector(css)));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs out whoever was signed in, then signs in through the form. */
    public void signIn(String account) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("username", account);
        type("password", account);
        navigate(By.cssSelector("form.form button[type=submit]"));
    }

    /**
     * Fills the registration form with a two-member household (head and spouse) of {@code commune},
     * registered on 1 March 2016 as the API tests' households are, so that its history may be dated from then.
     */
    public void fillRegistration(String code, String commune, String nationalId) {
        type("code", code);
        choose("communeCode", commune);
        type("village", "Thôn Đông");
        type("address", "Số 12, thôn Đông");
        type("registeredOn", "01/03/2016");
        type("members[0].fullName", "Nguyễn Văn Hùng");
        choose("members[0].sex", "MALE");
        type("members[0].birthDate", "12/04/1968");
        type("members[0].nationalId", nationalId);
        type("members[1].fullName", "Trần Thị Mai");
        choose("members[1].relation", "SPOUSE");
        choose("members[1].sex", "FEMALE");
        type("members[1].birthDate", "30/09/1971");
    }

    /** Fills the loan form with a poor household's loan, its amount, rate and term as typed. */
    public void fillLoan(String principal, String rate, String termMonths, String purpose) {
        choose("programme", "POOR_HOUSEHOLD");
        type("principal", principal);
        type("annualInterestRatePercent", rate);
        type("termMonths", termMonths);
        type("purpose", purpose);
    }

    public void type(String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    public void check(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
        }
    }

    /** Presses the submit button with this name and value, or the form's plain submit button when null. */
    public void press(String name, String value) {
        By button = name == null ? By.cssSelector("form.form button[type=submit]:not([name])")
                : By.cssSelector("button[name='" + name + "'][value='" + value + "']");
        navigate(button);
    }

    public void follow(String href) {
        navigate(By.cssSelector("a[href$='" + href + "']"));
    }

    /**
     * Clicks what leads to another page, and waits until that page has replaced this one. Chrome may
     * answer a question about the old page's element, asked while the page is being replaced, with
     * "does not belong to the document" rather than as a stale element: that too means it is gone.
     */
    public void navigate(By link) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(link).click();
        waiting().until(d -> {
            try {
                return ExpectedConditions.stalenessOf(page).apply(d);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The message shown next to the field of this name. */
    public String errorOf(String field) {
        return driver.findElement(By.id(field + "-error")).getText();
    }

    /** Waits for a page to show what a test needs, as long as it takes (see {@link #AS_LONG_AS_IT_TAKES}). */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, AS_LONG_AS_IT_TAKES);
    }

    /** What the pages wrote to the browser's console since it was last asked: errors, warnings, refusals of the page policy. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Fetches a page's download with the browser's session, as a person clicking the link would. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
