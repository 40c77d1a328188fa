package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.avrr.workflow.i18n.UserLanguages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The office in Russian (issue 16): a counsellor whose browser is Russian works in Tasklist's own
 * screens in Russian, a mission whose browser is English still sees English; the demo counsellor
 * whose profile says Russian works in Russian on an English computer — the form, its refusal, the
 * menus — and can choose English for herself; a manager's Cockpit is in Russian.
 */
class RussianTasklistIT extends BrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Minsk"));

  @org.springframework.beans.factory.annotation.Autowired private UserLanguages userLanguages;

  @Test
  void theRussianSpeakingCounsellorWorksInRussianOnAnEnglishComputerAndMayChooseEnglish() {
    String caseNumber = startCase("RU" + (System.nanoTime() % 10_000_000L));
    Browser browser = browser(); // an English browser
    try {
      browser.openApp("tasklist");
      browser.sees("Log in");
      Tasklist tasklist = Tasklist.logIn(browser, "counsellor-ru");
      // Her profile says Russian: the page starts again in Russian after the login.
      browser.sees("Запустить процесс");
      browser.shot("russian-counsellor-tasklist");
      // A new application's form, in Russian.
      tasklist.startForm("Дело ДВР: выезд из Беларуси", "intake-registration", "ru");
      browser.sees("Дата прибытия в Беларусь");
      browser.sees("Выберите"); // form-js's own "Select", in Russian too
      browser.shot("russian-counsellor-new-application");
      browser.openApp("tasklist");
      // Her filters and tasks are named in Russian.
      tasklist.filter("Задачи моей группы").openTask(caseNumber, FIRST_CONTACT_RU);
      // A colleague takes the task a moment before she does: Tasklist says so in Russian.
      String task = (String) taskOf(caseNumber, "counsellor").get("id");
      engine.getTaskService().claim(task, "counsellor");
      browser.click(By.cssSelector("button.claim"));
      browser.sees("Эту задачу уже взял в работу другой сотрудник");
      browser.shot("russian-counsellor-colleague-was-first");
      // The colleague hands it back; she opens the task again, as the message says, and takes it.
      engine.getTaskService().setAssignee(task, null);
      browser.openApp("tasklist");
      tasklist.filter("Задачи моей группы").openTask(caseNumber, FIRST_CONTACT_RU).claim();
      browser.sees("Способ контакта");
      browser.sees("Дата первого контакта");
      browser.shot("russian-counsellor-first-contact-form");
      // The date's calendar is Russian too, and takes a date as Russians write it, whatever the
      // browser's own format (this one is English).
      // The form's one date field: the date of first contact.
      By dateField = By.cssSelector(".fjs-form .fjs-datepicker input");
      browser.until(
          d ->
              "дд.мм.гггг".equals(d.findElement(dateField).getAttribute("placeholder"))
                  ? true
                  : null);
      browser.click(dateField);
      String calendar =
          browser.visible(By.cssSelector(".flatpickr-calendar.open")).getDomProperty("textContent");
      // (Shown once it has faded in.)
      browser.until(
          d ->
              "1"
                      .equals(
                          d.findElement(By.cssSelector(".flatpickr-calendar.open"))
                              .getCssValue("opacity"))
                  ? true
                  : null);
      browser.shot("russian-counsellor-calendar");
      assertThat(calendar)
          .contains("Пн", "Вт", "Январь", "Декабрь")
          .doesNotContain("Mon")
          .doesNotContain("January");
      browser.driver().findElement(dateField).sendKeys(org.openqa.selenium.Keys.ESCAPE);
      browser.script("document.activeElement.blur();");
      browser.until(
          d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty() ? true : null);
      CamundaForm consent = tasklist.form("data-consent", "ru");
      // The date field left empty: the form itself says so, in Russian, before the server is
      // asked (Tasklist keeps "Complete" disabled until the form's own checks pass).
      browser.until(
          d -> {
            List<String> errors = consent.fieldErrors();
            return !errors.isEmpty() && errors.stream().noneMatch(e -> e.contains("Field"))
                ? true
                : null;
          });
      assertThat(consent.fieldErrors()).contains("Обязательное поле.");
      browser.shot("russian-counsellor-required-fields");
      consent.fill(
          CamundaForm.inOrder(
              // A slip: contact made before the application.
              "firstContactDate",
              TODAY.minusDays(3),
              "firstContactChannel",
              "IN_PERSON",
              "dataConsent",
              "GIVEN",
              "consentType",
              "EXPLICIT_SIGNATURE",
              "consentToShareWithReceivingMission",
              true,
              "consentToShareWithAuthorities",
              true));
      String refusal = tasklist.completeRefused();
      browser.shot("russian-counsellor-refused-in-russian");
      assertThat(refusal)
          .contains("Исправьте форму")
          .contains("Дата первого контакта: не может быть раньше даты подачи заявления");

      // She chooses English for herself: every page from then on is English.
      // (The page starts again at once: the menu is not touched after the choice.)
      browser.click(By.cssSelector("#avrr-language option[value='en']"));
      browser.sees("Start process");
      tasklist.filter("My group's tasks").openTask(caseNumber, FIRST_CONTACT);
      browser.sees("Contact made");
      browser.shot("russian-counsellor-chose-english");
    } finally {
      // Through the application, so that it forgets what it remembered of her choice.
      userLanguages.choose("counsellor-ru", java.util.Optional.of("ru"));
    }
  }

  @Test
  void aMovementOfficerBooksTheJourneyInRussian() {
    String caseNumber = startCase("RB" + (System.nanoTime() % 10_000_000L));
    walkToTravelBooking(caseNumber);
    LocalDate flightDay = TODAY.plusDays(5);

    Browser browser = browser("ru-RU");
    Tasklist tasklist = Tasklist.logIn(browser, "movement-officer");
    tasklist.filter("Задачи моей группы").openTask(caseNumber, "Забронировать поездку");
    browser.shot("russian-movement-officer-booking-task");
    // The task's diagram is drawn with Russian names (the model runs as deployed).
    browser.click(By.linkText("Схема"));
    browser.until(
        driver ->
            driver
                .findElements(
                    By.xpath(
                        "//*[local-name()='svg']//*[local-name()='text']"
                            + "[contains(., 'Забронировать')]"))
                .stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed));
    browser.shot("russian-movement-officer-diagram");
    browser.click(By.linkText("Форма"));
    tasklist.claim();
    tasklist
        .form("travel-booking", "ru")
        .fill(
            CamundaForm.inOrder(
                "flightNumber", "TK388",
                "bookingReference", "K7QX2P",
                "departureDate", flightDay,
                "departureTime", "06:40",
                "arrivalDate", flightDay,
                "arrivalTime", "14:05",
                "arrivalAirport", "EBL",
                "bookingNotes", "Через Стамбул; МОМ Ирак встречает в Эрбиле."));
    browser.shot("russian-movement-officer-booking-filled");
    tasklist.complete();
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(
                    engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(org.avrr.workflow.travel.TravelProcess.KEY)
                        .singleResult()
                        .getId(),
                    org.avrr.workflow.travel.TravelProcess.FLIGHT_NUMBER.name()))
        .isEqualTo("TK388");
  }

  @Test
  void aManagerWithARussianBrowserSeesCockpitInRussian() {
    String caseNumber = startCase("RC" + (System.nanoTime() % 10_000_000L));
    Browser russian = browser("ru-RU");
    russian.openApp("cockpit");
    russian.sees("Войти");
    russian.logIn("manager", "manager");
    russian.sees("Процессы");
    russian.sees("Выполняющиеся экземпляры процессов");
    russian.shot("cockpit-in-russian");
    assertThat(russian.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Running Process Instances")
        .doesNotContain("Deployments");

    // Our own pages too: the case's history, its processes named in Russian.
    russian.click(By.linkText("История дела"));
    russian.visible(By.id("avrr-case-number")).sendKeys(caseNumber);
    russian.click(By.xpath("//button[normalize-space()='Показать']"));
    russian.sees("Дело " + caseNumber);
    russian.sees("Текущее состояние");
    russian.sees("Приём заявления и консультирование");
    russian.shot("case-history-in-russian");
    russian.click(By.linkText("Отчёты"));
    russian.visible(By.id("avrr-report-returns"));
    russian.shot("reports-in-russian");
    // What the reports hold is worded in Russian too: stages, service levels, groups and steps.
    String stages = russian.scrolledTo(By.id("avrr-stages-stages")).getDomProperty("textContent");
    assertThat(stages).contains("От заявления до выезда").doesNotContain("Application to");
    russian.shot("report-stages-in-russian");
    assertThat(russian.scrolledTo(By.id("avrr-stages-serviceLevels")).getDomProperty("textContent"))
        .contains("Первый контакт в течение")
        .doesNotContain("First contact within")
        .as("a level no case reached has no share, not NaN")
        .doesNotContain("NaN");
    assertThat(russian.scrolledTo(By.id("avrr-work-queues")).getDomProperty("textContent"))
        .contains("Консультанты", "Приём заявления и консультирование", FIRST_CONTACT_RU)
        .doesNotContain(FIRST_CONTACT);
  }

  private static final String FIRST_CONTACT = "Make first contact and record data consent";
  private static final String FIRST_CONTACT_RU =
      "Установить первый контакт и получить согласие на обработку данных";

  @Test
  void aRussianSpeakingCounsellorSeesTasklistInRussianAndAMissionInEnglish() {
    String caseNumber = startCase("RU" + (System.nanoTime() % 10_000_000L));

    Browser russian = browser("ru-RU");
    russian.openApp("tasklist");
    russian.sees("Войти");
    russian.logIn("counsellor", "counsellor");
    russian.visible(By.cssSelector("div.task-filter"));
    russian.sees("Запустить процесс");
    russian.click(By.xpath("//div[contains(@class,'task-filter')][1]"));
    russian.click(
        By.xpath(
            "//li[contains(@class,'task')][.//*[normalize-space()='" + caseNumber + "']]//h4//a"));
    russian.sees("Взять в работу");
    russian.sees("Форма");
    russian.sees("История");
    // Ours beside Tasklist's: the documents' panel and tab.
    russian.sees("Прикрепить документы");
    russian.sees("Документы");
    russian.shot("tasklist-in-russian");
    assertThat(russian.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Start process")
        .doesNotContain("Claim");
    assertThat(russian.driver().findElement(By.id("avrr-attach-documents")).getText().strip())
        .isEqualTo("Прикрепить документы");

    Browser english = browser();
    english.openApp("tasklist");
    english.sees("Log in");
    english.logIn("mission-irq", "mission-irq");
    english.visible(By.cssSelector("div.task-filter"));
    english.sees("Start process");
    english.shot("tasklist-in-english");
  }
}
