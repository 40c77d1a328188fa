package org.avrr.workflow.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fills a Camunda Form (form-js) in Tasklist the way a person does: types into text fields and
 * dates, opens a select and picks the option by its label, ticks boxes. The test names values as
 * the process reads them (field key and option value); the form's own definition ({@code
 * forms/<id>.form}) says which widget each key is and which label each option shows.
 */
public final class CamundaForm {

  /**
   * Tasklist renders dates in the browser's locale for an English user ({@link Browser} fixes it to
   * en-US), as Russians write them for a Russian one (avrr/form-words.js).
   */
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** How form-js shows a date once committed, e.g. 7/2/1991; 02.07.1991 in Russian. */
  private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private final DateTimeFormatter typedDate;
  private final DateTimeFormatter shownDate;

  private final Browser browser;
  private final String formId;
  private final Map<String, JsonNode> fieldsByKey = new LinkedHashMap<>();

  CamundaForm(Browser browser, String formId) {
    this(browser, formId, org.avrr.workflow.i18n.Languages.ENGLISH);
  }

  /** The form as the server serves it to a user who works in {@code language}. */
  CamundaForm(Browser browser, String formId, String language) {
    this.browser = browser;
    this.formId = formId;
    boolean russian = org.avrr.workflow.i18n.Languages.RUSSIAN.equals(language);
    this.typedDate = russian ? RUSSIAN_DATE : US_DATE;
    this.shownDate = russian ? RUSSIAN_DATE : SHOWN_DATE;
    try (InputStream in = getClass().getResourceAsStream("/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("no form " + formId + " on the classpath");
      }
      byte[] served =
          org.avrr.workflow.i18n.FormCatalogue.load().translate(in.readAllBytes(), language);
      collect(new ObjectMapper().readTree(served).path("components"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The form is on screen when its first field is.
    browser.visible(By.cssSelector(".fjs-form"));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        fieldsByKey.put(component.get("key").asText(), component);
      }
      collect(component.path("components"));
    }
  }

  /**
   * Field values in the order a person fills them: a field shown only for an earlier answer (a
   * guardian's name once consent is "by proxy") must come after that answer.
   */
  public static Map<String, Object> inOrder(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  /**
   * Sets each field in order: text as typed, a {@link LocalDate} in a date field, an option value
   * in a select or radio group, a Boolean in a checkbox, a collection of option values in a
   * checklist.
   */
  public CamundaForm fill(Map<String, ?> values) {
    values.forEach(this::enter);
    settle(values);
    return this;
  }

  /**
   * form-js re-renders the whole form when a field commits (a date on blur, a number a moment after
   * typing); a field typed during such a re-render can come back empty. So after filling, read
   * every field back and fill again what did not keep its value, until all have (page state, not a
   * pause).
   */
  private void settle(Map<String, ?> values) {
    for (int round = 0; round < 3; round++) {
      List<String> lost =
          values.entrySet().stream()
              .filter(entry -> !shows(entry.getKey(), entry.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      if (lost.isEmpty()) {
        return;
      }
      System.out.println("CamundaForm " + formId + ": entering again what the form lost: " + lost);
      lost.forEach(key -> enter(key, values.get(key)));
    }
    throw new IllegalStateException(
        "form " + formId + " does not keep the values typed; field errors: " + fieldErrors());
  }

  /** Whether the form shows {@code value} in field {@code key} now. */
  private boolean shows(String key, Object value) {
    JsonNode field = fieldsByKey.get(key);
    String id = field.get("id").asText();
    List<WebElement> inputs = browser.driver().findElements(By.cssSelector("[id$='-" + id + "']"));
    switch (field.get("type").asText()) {
      case "textfield", "textarea", "number":
        return !inputs.isEmpty()
            && String.valueOf(value).equals(inputs.get(0).getAttribute("value"));
      case "datetime":
        List<WebElement> dates =
            browser.driver().findElements(By.cssSelector("[id$='-" + id + "-date']"));
        return !dates.isEmpty()
            && ((LocalDate) value).format(shownDate).equals(dates.get(0).getAttribute("value"));
      case "select":
        String label = optionLabel(field, (String) value);
        if (field.path("searchable").asBoolean(false)) {
          return !inputs.isEmpty() && label.equals(inputs.get(0).getAttribute("value"));
        }
        List<WebElement> display =
            browser.driver().findElements(By.cssSelector("[id$='-" + id + "-display']"));
        return !display.isEmpty() && label.equals(display.get(0).getText().strip());
      default:
        // Boxes and radio buttons are clicked, not typed: they keep their state.
        return true;
    }
  }

  public CamundaForm set(String key, Object value) {
    return fill(Map.of(key, value));
  }

  private void enter(String key, Object value) {
    JsonNode field = fieldsByKey.get(key);
    if (field == null) {
      throw new IllegalArgumentException("form " + formId + " has no field " + key);
    }
    String id = field.get("id").asText();
    switch (field.get("type").asText()) {
      case "textfield", "textarea" -> type(input(id), String.valueOf(value));
      case "number" -> number(input(id), String.valueOf(value));
      case "datetime" -> date(id, (LocalDate) value);
      case "select" -> select(field, id, (String) value);
      case "radio" -> click(input(id + "-" + optionIndex(field, (String) value)));
      case "checkbox" -> tick(input(id), (Boolean) value);
      case "checklist" -> {
        for (Object option : (Collection<?>) value) {
          tick(input(id + "-" + optionIndex(field, (String) option)), true);
        }
      }
      default ->
          throw new IllegalArgumentException(
              "cannot fill " + field.get("type").asText() + " " + key);
    }
  }

  /** Every error message form-js shows next to a field, e.g. "Field is required." */
  public List<String> fieldErrors() {
    List<String> errors = new ArrayList<>();
    for (WebElement error :
        browser.driver().findElements(By.cssSelector(".fjs-form-field-error"))) {
      if (!error.getText().isBlank()) {
        errors.add(error.getText());
      }
    }
    return errors;
  }

  private WebElement input(String id) {
    return browser.visible(By.cssSelector("[id$='-" + id + "']"));
  }

  private void type(WebElement input, String text) {
    browser.centre(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    blur();
  }

  /**
   * form-js commits a typed number a moment after the last key, and a blur forced before that shows
   * the old value again; leaving the field with Tab, as a person does, keeps it.
   */
  private void number(WebElement input, String text) {
    if (text.equals(input.getAttribute("value"))) {
      // Already shown (a default): retyping the same number makes form-js drop it.
      return;
    }
    browser.centre(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text, Keys.TAB);
    browser.until(d -> text.equals(input.getAttribute("value")) ? true : null);
  }

  private void date(String id, LocalDate value) {
    WebElement input = input(id + "-date");
    browser.centre(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value.format(typedDate), Keys.ENTER);
    // form-js commits a typed date on blur; a field typed before that commit may lose its text.
    blur();
    browser.until(
        d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty() ? true : null);
  }

  private void select(JsonNode field, String id, String value) {
    String label = optionLabel(field, value);
    // Only the open list's items are visible; the exact label, not a label containing it.
    By option =
        By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()="
                + xpathLiteral(label)
                + "]");
    // A number field is left with Tab, which puts the focus on a select after it, and a click on
    // a focused select closes its list: start unfocused. A re-render (the number committing)
    // may still close a list just opened: open it again until its option shows.
    for (int attempt = 1; ; attempt++) {
      blur();
      if (field.path("searchable").asBoolean(false)) {
        WebElement search = input(id);
        browser.centre(search);
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        search.sendKeys(label);
      } else {
        click(input(id + "-display"));
      }
      try {
        browser.visibleWithin(option, java.time.Duration.ofSeconds(5)).click();
        break;
      } catch (org.openqa.selenium.TimeoutException closedAgain) {
        if (attempt == 3) {
          throw closedAgain;
        }
      }
    }
    browser.until(
        d ->
            d.findElements(By.cssSelector(".fjs-dropdownlist")).stream()
                    .noneMatch(WebElement::isDisplayed)
                ? true
                : null);
  }

  private void tick(WebElement box, boolean wanted) {
    if (box.isSelected() != wanted) {
      click(box);
    }
  }

  private void click(WebElement element) {
    browser.centre(element);
    element.click();
  }

  private void blur() {
    browser.script("if (document.activeElement) { document.activeElement.blur(); }");
  }

  private int optionIndex(JsonNode field, String value) {
    JsonNode options = field.path("values");
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).get("value").asText().equals(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException(field.get("key").asText() + " has no option " + value);
  }

  private String optionLabel(JsonNode field, String value) {
    return field.path("values").get(optionIndex(field, value)).get("label").asText();
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
