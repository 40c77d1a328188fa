package org.avrr.workflow.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromium-driver: the browser a counsellor, a
 * mission officer or a manager uses, on a fresh profile per session. Every step a test names is
 * saved as a screenshot under {@code target/browser-screenshots/<test class>/<test>/}, so a person
 * can look at what the user saw (the role guides in docs/ show them).
 *
 * <p>Waits are on page state (an element, a text), never fixed sleeps.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Generous for a 2-core CI machine that also runs the application; pages normally take <1s. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path userDataDir;
  private final Path downloads;
  private final Path screenshots;
  private final String baseUrl;
  private final String engine;
  private int step;

  private Browser(String baseUrl, String engine, Path screenshots, String language) {
    this.baseUrl = baseUrl;
    this.engine = engine;
    this.screenshots = screenshots;
    try {
      this.userDataDir = Files.createTempDirectory("avrr-chromium-");
      this.downloads = Files.createDirectories(screenshots.resolve("downloads"));
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // form-js date fields read and show dates in the browser's locale: fix it. The webapps
        // choose their language by the browser's first one.
        "--lang=" + language,
        "--window-size=1400,1000",
        "--user-data-dir=" + userDataDir);
    // A download goes to this test's own directory, without asking.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            language));
    // The driver comes from Debian, not from Selenium Manager (no downloads here).
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            // Dates and times as the office in Minsk sees them.
            .withEnvironment(Map.of("TZ", "Europe/Minsk"))
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  /**
   * A browser for one user session. Without Chromium the test is skipped with the reason printed,
   * except under {@code CI=true}, where .ci/run installs it and the test must run.
   */
  public static Browser open(String baseUrl, Class<?> testClass, String testName) {
    return open(baseUrl, "default", testClass, testName);
  }

  /** As {@link #open(String, Class, String)}, for an application whose engine has another name. */
  public static Browser open(String baseUrl, String engine, Class<?> testClass, String testName) {
    return open(baseUrl, engine, testClass, testName, "en-US");
  }

  /** A browser whose language is {@code language} (e.g. "ru-RU"): a Russian-speaking user's. */
  public static Browser open(
      String baseUrl, String engine, Class<?> testClass, String testName, String language) {
    assumeTrue(usable(testClass), "chromium not installed");
    Path dir =
        Path.of("target", "browser-screenshots", testClass.getSimpleName(), testName)
            .toAbsolutePath();
    deleteRecursively(dir);
    return new Browser(baseUrl, engine, dir, language);
  }

  /**
   * Whether a browser test may run: Chromium and its driver are installed, or {@code CI=true}
   * (where .ci/run installs them, so their absence must fail the test). Prints why otherwise.
   */
  public static boolean usable(Class<?> testClass) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && !"true".equals(System.getenv("CI"))) {
      System.out.println(
          "SKIPPED browser steps of "
              + testClass.getSimpleName()
              + ": they need Debian's chromium and chromium-driver"
              + " (apt-get install -y chromium chromium-driver); .ci/run installs them.");
      return false;
    }
    return true;
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Opens one of Camunda's webapps: "tasklist", "cockpit" or "admin". */
  public void openApp(String app) {
    go("/camunda/app/" + app + "/" + engine + "/");
  }

  /** Logs in on the login page any of the Camunda webapps shows. */
  public void logIn(String user, String password) {
    typeCredentials(user, password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("input[ng-model='username']")));
  }

  /**
   * Tries to log in and expects the webapp to refuse: the message it shows. Camunda gives one
   * message for a wrong password and for a user whose groups lack the application.
   */
  public String logInRefused(String user, String password) {
    typeCredentials(user, password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    return visible(By.cssSelector(".notifications .alert-danger")).getText();
  }

  /**
   * Types the user and password into the login page. The page focuses the user name itself once it
   * has started, which may come after the password's first keys: typed again until both fields hold
   * what was typed.
   */
  private void typeCredentials(String user, String password) {
    until(
        d -> {
          WebElement name = visible(By.cssSelector("input[ng-model='username']"));
          WebElement secret = d.findElement(By.cssSelector("input[ng-model='password']"));
          name.clear();
          name.sendKeys(user);
          secret.clear();
          secret.sendKeys(password);
          return user.equals(name.getAttribute("value"))
                  && password.equals(secret.getAttribute("value"))
              ? true
              : null;
        });
  }

  /** Saves what the user sees now as {@code NN-name.png}. */
  public Path shot(String name) {
    step++;
    Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Saves the text the page shows now as {@code NN-name.txt}, to read what a screenshot cut. */
  public void saveText(String name) {
    try {
      Files.writeString(
          screenshots.resolve(String.format("%02d-%s.txt", step, name)),
          driver.findElement(By.tagName("body")).getText());
    } catch (IOException | RuntimeException e) {
      System.out.println("could not save the page's text: " + e);
    }
  }

  /** The file the browser downloaded whose name starts with {@code prefix}, once complete. */
  public Path downloaded(String prefix) {
    return until(
        d -> {
          try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            return files
                .filter(f -> f.getFileName().toString().startsWith(prefix))
                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE).until(detachedMeansNotYet(condition));
  }

  /**
   * A page that starts again under a wait (our webapps' language.js does after a login when the
   * user's language differs) detaches the element being looked at; Chromium then answers "Node with
   * given id does not belong to the document", which Selenium does not count as stale. Look again.
   */
  private static <T> Function<WebDriver, T> detachedMeansNotYet(
      Function<? super WebDriver, T> condition) {
    return browser -> {
      try {
        return condition.apply(browser);
      } catch (org.openqa.selenium.WebDriverException e) {
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    };
  }

  /** The element once visible, waiting at most {@code patience}. */
  public WebElement visibleWithin(By locator, Duration patience) {
    return new WebDriverWait(driver, patience)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * The element once on the page, scrolled into view: Cockpit's pages scroll inside a container,
   * and what lies below its fold does not count as visible until scrolled to.
   */
  public WebElement scrolledTo(By locator) {
    WebElement element = until(ExpectedConditions.presenceOfElementLocated(locator));
    centre(element);
    return visible(locator);
  }

  public WebElement visible(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement clickable(By locator) {
    WebElement element = visible(locator);
    centre(element);
    return until(ExpectedConditions.elementToBeClickable(element));
  }

  /**
   * Clicks what {@code locator} finds, finding it again if the page re-rendered it in between (as
   * Tasklist does with its list when it refreshes after a task was completed): a person would
   * simply click again.
   */
  public void click(By locator) {
    until(
        d -> {
          try {
            clickable(locator).click();
            return true;
          } catch (StaleElementReferenceException rerendered) {
            return null;
          }
        });
  }

  /** Waits until the page shows {@code text} somewhere (visible text of the body). */
  public void sees(String text) {
    until(
        d -> {
          String body;
          try {
            body = d.findElement(By.tagName("body")).getText();
          } catch (WebDriverException reloading) {
            // The page is starting again (e.g. in another language): its old body is gone.
            return null;
          }
          return body.contains(text) ? body : null;
        });
  }

  /** Scrolls the element to the middle of its scroll box, clear of headers and footers. */
  public void centre(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(userDataDir);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  // a browser still releasing its profile: left for the OS to clean
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
