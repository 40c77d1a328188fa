package org.avrr.workflow.browser;

import org.openqa.selenium.By;

/** Camunda Cockpit as a manager uses it, with the office's "Case history" and "Reports" pages. */
public final class Cockpit {

  private final Browser browser;

  private Cockpit(Browser browser) {
    this.browser = browser;
  }

  public static Cockpit logIn(Browser browser, String user) {
    browser.openApp("cockpit");
    browser.logIn(user, user);
    browser.visible(By.linkText("Case history"));
    return new Cockpit(browser);
  }

  /** Opens "Case history" and shows the case with that number. */
  public Cockpit caseHistory(String caseNumber) {
    browser.click(By.linkText("Case history"));
    browser.visible(By.id("avrr-case-number")).sendKeys(caseNumber);
    browser.click(By.xpath("//button[normalize-space()='Show']"));
    return this;
  }

  /** Opens "Reports" and waits for its figures (the last twelve months at first). */
  public Cockpit reports() {
    browser.click(By.linkText("Reports"));
    browser.visible(By.id("avrr-report-returns"));
    return this;
  }
}
