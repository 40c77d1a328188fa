package org.avrr.workflow.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist as its users work it: filters, the task list, claim, forms, start forms. */
public final class Tasklist {

  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
  private static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger");

  private final Browser browser;

  private Tasklist(Browser browser) {
    this.browser = browser;
  }

  public static Tasklist logIn(Browser browser, String user) {
    browser.openApp("tasklist");
    browser.logIn(user, user);
    browser.visible(By.cssSelector("div.task-filter"));
    return new Tasklist(browser);
  }

  /** Opens a shared filter by its name, e.g. "My group's tasks". */
  public Tasklist filter(String name) {
    browser.click(
        By.xpath(
            "//div[contains(@class,'task-filter')][contains(normalize-space(),"
                + CamundaForm.xpathLiteral(name)
                + ")]"));
    browser.visible(
        By.xpath(
            "//div[contains(@class,'task-filter') and contains(@class,'active')][contains(normalize-space(),"
                + CamundaForm.xpathLiteral(name)
                + ")]"));
    return this;
  }

  /** The names of the tasks the current filter lists, as shown. */
  public List<String> taskNames() {
    return browser.driver().findElements(By.cssSelector("li.task h4.task a")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /** The case numbers the current filter lists (the "Case:" label of each task). */
  public List<String> caseNumbers() {
    return browser.driver().findElements(By.cssSelector("li.task .variable-value")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(text -> text.matches("[A-Z]{2}-\\d{4}-\\d{6}"))
        .toList();
  }

  /** Waits until the list shows the task of the case, then opens it. */
  public Tasklist openTask(String caseNumber, String taskName) {
    browser.click(
        By.xpath(
            "//li[contains(@class,'task')][.//*[contains(@class,'variable-value') and"
                + " normalize-space()="
                + CamundaForm.xpathLiteral(caseNumber)
                + "]]//h4//a[normalize-space()="
                + CamundaForm.xpathLiteral(taskName)
                + "]"));
    browser.visible(
        By.xpath(
            "//section[contains(@class,'task-details')]//h2[contains(normalize-space(),"
                + CamundaForm.xpathLiteral(taskName)
                + ")]"));
    return this;
  }

  /** Claims the opened task (a group task must be claimed before its form can be completed). */
  public Tasklist claim() {
    browser.click(By.cssSelector("button.claim"));
    browser.until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty() ? true : null);
    return this;
  }

  /** Opens a tab of the opened task by its label: "Form", "Documents", "History", ... */
  public Tasklist tab(String label) {
    By tab =
        By.xpath(
            "//section[contains(@class,'task-details')]//ul[contains(@class,'nav-tabs')]//a"
                + "[normalize-space()="
                + CamundaForm.xpathLiteral(label)
                + "]");
    browser.click(tab);
    return this;
  }

  /**
   * In the task's Documents tab: attaches {@code file} as a document of {@code kind} (its value,
   * e.g. "CONSENT") and waits for the tab to say it was attached (or refused): what it says.
   * (Tasklist draws the Form tab anew when it is shown again: what was typed in it goes.)
   */
  public String attach(String kind, java.nio.file.Path file) {
    tab("Documents");
    return attachHere(kind, file);
  }

  /**
   * With the task's form half filled: opens "Attach documents" in the task's header (a panel over
   * the form), attaches {@code file} as {@code kind}, runs {@code whileOpen} (a screenshot), closes
   * the panel: what it said.
   */
  public String attachBesideTheForm(String kind, java.nio.file.Path file, Runnable whileOpen) {
    browser.click(By.id("avrr-attach-documents"));
    String said = attachHere(kind, file);
    whileOpen.run();
    browser.click(By.id("avrr-documents-close"));
    browser.until(
        d -> d.findElements(By.cssSelector(".avrr-documents-panel")).isEmpty() ? true : null);
    return said;
  }

  private String attachHere(String kind, java.nio.file.Path file) {
    WebElement select = browser.visible(By.id("avrr-document-kind"));
    new org.openqa.selenium.support.ui.Select(select).selectByValue(kind);
    browser.driver().findElement(By.id("avrr-document-file")).sendKeys(file.toString());
    browser.click(By.id("avrr-document-attach"));
    // The tab draws itself anew once a file is attached: the message may be replaced under us.
    return browser.until(
        d -> {
          try {
            String said = d.findElement(By.id("avrr-document-message")).getText();
            return said.isBlank() || said.startsWith("Attaching") ? null : said;
          } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return null;
          }
        });
  }

  public CamundaForm form(String formId) {
    return new CamundaForm(browser, formId);
  }

  /** The opened task's form as a user who works in {@code language} sees it. */
  public CamundaForm form(String formId, String language) {
    return new CamundaForm(browser, formId, language);
  }

  /** Completes the opened task and waits until Tasklist has closed it. */
  public void complete() {
    clickComplete();
    browser.until(d -> d.findElements(COMPLETE).isEmpty() ? true : null);
  }

  /** Completes the opened task expecting the server to refuse it: the message Tasklist shows. */
  public String completeRefused() {
    clickComplete();
    return shownError();
  }

  /**
   * Clicks "Complete". A notification of the step before (the task claimed, the case started) may
   * still lie over it at the bottom of the page: a person closes it and clicks again.
   */
  private void clickComplete() {
    browser.until(
        d -> {
          try {
            browser.clickable(COMPLETE).click();
            return true;
          } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            for (WebElement close :
                d.findElements(By.cssSelector(".notifications .alert .close"))) {
              if (close.isDisplayed()) {
                close.click();
              }
            }
            return null;
          }
        });
  }

  /** Opens "Start process" and picks the process by the name Tasklist shows. */
  public CamundaForm startForm(String processName, String formId) {
    return startForm(processName, formId, org.avrr.workflow.i18n.Languages.ENGLISH);
  }

  /** As {@link #startForm(String, String)} for a user who works in {@code language}. */
  public CamundaForm startForm(String processName, String formId, String language) {
    // "Start process" in whatever language: the header's link with the list icon.
    browser.click(By.xpath("//a[@ng-click='open()'][span[contains(@class,'glyphicon-list-alt')]]"));
    browser.click(
        By.xpath(
            "//div[contains(@class,'modal')]//a[normalize-space()="
                + CamundaForm.xpathLiteral(processName)
                + "]"));
    return new CamundaForm(browser, formId, language);
  }

  /** Starts the process from the filled start form and waits until the dialog has closed. */
  public void start() {
    browser.clickable(START).click();
    browser.until(d -> d.findElements(START).isEmpty() ? true : null);
  }

  /** Starts expecting the server to refuse the form: the message Tasklist shows. */
  public String startRefused() {
    browser.clickable(START).click();
    return shownError();
  }

  /** The error Tasklist shows, scrolled into view so a screenshot shows it too. */
  private String shownError() {
    WebElement error = browser.visible(ERROR_NOTIFICATION);
    browser.centre(error);
    return error.getText();
  }

  /** Dismisses the notifications Tasklist shows at the top. */
  public void dismissNotifications() {
    for (WebElement close :
        browser.driver().findElements(By.cssSelector(".notifications .alert .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.until(
        d ->
            d.findElements(ERROR_NOTIFICATION).stream().noneMatch(WebElement::isDisplayed)
                ? true
                : null);
  }
}
