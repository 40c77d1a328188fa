package org.avrr.workflow.browser;

import java.util.ArrayList;
import java.util.List;
import org.avrr.workflow.app.CaseApiIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real-browser test on the running application (the shared IT context: H2, sandbox authorities,
 * demo users, job executor off so the test runs background jobs itself). What a user does is done
 * in Chromium; what other people or systems do before (earlier steps of the case) is done through
 * the REST API as in the other ITs.
 */
public abstract class BrowserIT extends CaseApiIT {

  private final List<Browser> sessions = new ArrayList<>();
  private String testName;

  /** On a failure, what each browser showed at that moment, next to the steps' screenshots. */
  @RegisterExtension
  final AfterTestExecutionCallback shotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent()) {
          for (Browser browser : sessions) {
            browser.shot("FAILED");
            browser.saveText("FAILED");
          }
        }
      };

  @BeforeEach
  void name(TestInfo test) {
    testName = test.getTestMethod().orElseThrow().getName();
  }

  /** A fresh browser (its own profile, so its own login) for one user in this test. */
  protected Browser browser() {
    return browser("en-US");
  }

  /** As {@link #browser()}, in the user's language, e.g. "ru-RU". */
  protected Browser browser(String language) {
    Browser browser =
        Browser.open(
            baseUrl(),
            "default",
            getClass(),
            sessions.isEmpty() ? testName : testName + "-" + sessions.size(),
            language);
    sessions.add(browser);
    return browser;
  }

  @AfterEach
  void closeBrowsers() {
    for (Browser browser : sessions) {
      browser.close();
    }
    sessions.clear();
  }
}
