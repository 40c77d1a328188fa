package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.testing.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A manager opens Cockpit → Reports, sees the office's returns drawn as a chart, narrows them to
 * one country and programme, and downloads the spreadsheet, which holds the same figures.
 */
class ManagerReportsIT extends BrowserIT {

  /** This test's own programme: the shared database holds other tests' cases too. */
  private final String programme = "BROWSER_" + System.nanoTime() % 1_000_000;

  @Test
  void aManagerSeesTheChartsFiltersByCountryAndDownloadsTheSpreadsheet() throws Exception {
    // This month three Iraqi returnees departed (one also arrived the next day), having applied
    // 20 to 50 days before and been contacted 2 to 5 days after that; an Afghan applied.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
    LocalDate first = today.withDayOfMonth(1);
    record("iq1", "IQ", first.minusDays(20), 2, first, first.plusDays(1));
    record("iq2", "IQ", first.minusDays(35), 4, first, null);
    record("iq3", "IQ", first.minusDays(50), 5, first, null);
    record("af1", "AF", first.minusDays(10), 1, null, null);
    // The returnee who arrived had his plan approved on arrival: a workshop and a month's rent.
    jdbc.update(
        "UPDATE avrr_case_statistics SET plan_approved_on = arrived_on, grant_currency = 'EUR',"
            + " grant_committed = 2000, grant_paid = 1500 WHERE case_instance_id = ?",
        programme + "-iq1");
    grantComponent("iq1", "BUSINESS_START_UP", 1500, 1500);
    grantComponent("iq1", "HOUSING", 500, 0);

    Browser browser = browser();
    Cockpit.logIn(browser, "manager").reports();
    // Below the fold, in Cockpit's scrolling view: read from the page, not from the screen.
    assertThat(text(browser, "avrr-reports"))
        .contains("Returns", "Time per stage", "Reintegration", "Authorities", "Work waiting now");
    browser.shot("reports-last-twelve-months");
    assertThat(chartTotal(browser, "avrr-chart-returns")).isPositive();

    browser.visible(By.id("avrr-report-country")).sendKeys("iq");
    browser.visible(By.id("avrr-report-programme")).sendKeys(programme);
    browser.click(By.id("avrr-report-show"));
    browser.until(
        d ->
            d.findElement(By.id("avrr-report-period")).getText().contains("country IQ")
                ? true
                : null);
    browser.shot("reports-filtered-by-country");
    String month = YearMonth.from(today).toString();
    // Departed this month, as drawn: the chart's "Departed" series.
    assertThat(chartValue(browser, "avrr-chart-returns", "Departed", month)).isEqualTo(3);
    assertThat(chartValue(browser, "avrr-chart-returns", "Arrived", month)).isEqualTo(1);
    assertThat(text(browser, "avrr-returns-byCountry"))
        .contains("Iraq (IQ) 3 3 1")
        .doesNotContain("AF");

    browser.script(
        "arguments[0].scrollIntoView(true);",
        browser.driver().findElement(By.id("avrr-report-stages")));
    browser.shot("reports-time-per-stage");
    browser.script(
        "arguments[0].scrollIntoView(true);",
        browser.driver().findElement(By.id("avrr-report-reintegration")));
    browser.shot("reports-reintegration");
    assertThat(
            chartValue(
                browser, "avrr-chart-grant-components", "Committed (EUR)", "Business start-up"))
        .isEqualTo(1500);
    assertThat(chartValue(browser, "avrr-chart-grant-components", "Paid (EUR)", "Housing"))
        .isZero();
    assertThat(text(browser, "avrr-reintegration-grantsByComponent"))
        .contains("Business start-up " + programme + " EUR 1 1500")
        .contains("Housing " + programme + " EUR 1 500");

    browser.script(
        "arguments[0].scrollIntoView(true);",
        browser.driver().findElement(By.id("avrr-report-xlsx")));
    browser.click(By.id("avrr-report-xlsx"));
    var file = browser.downloaded("avrr-all-");
    Map<String, List<List<String>>> book = Spreadsheets.read(Files.readAllBytes(file));
    assertThat(book.get("About"))
        .contains(List.of("Country", "Iraq (IQ)"), List.of("Programme", programme));
    assertThat(book.get("Returns by country"))
        .containsExactly(
            List.of(
                "Country code",
                "Country",
                "Opened",
                "Departed",
                "Arrived",
                "Closed",
                "Withdrawn",
                "Not eligible",
                "Referred to UNHCR"),
            List.of("IQ", "Iraq", "3", "3", "1", "0", "0", "0", "0"));
  }

  /** The text of an element of the page, its table cells apart, wherever it is scrolled. */
  private static String text(Browser browser, String id) {
    return (String)
        browser.script(
            "return Array.from(document.getElementById(arguments[0]).querySelectorAll('*'))"
                + ".filter(e => e.children.length === 0).map(e => e.textContent.trim())"
                + ".filter(t => t).join(' ');",
            id);
  }

  /** Everything a chart draws, added up. */
  private static long chartTotal(Browser browser, String canvas) {
    browser.until(d -> chartReady(browser, canvas) ? true : null);
    return ((Number)
            browser.script(
                "return Chart.getChart(document.getElementById(arguments[0])).data.datasets"
                    + ".flatMap(s => s.data).reduce((a, b) => a + (b || 0), 0);",
                canvas))
        .longValue();
  }

  /** The value a chart draws for one series at one label. */
  private static long chartValue(Browser browser, String canvas, String series, String label) {
    browser.until(d -> chartReady(browser, canvas) ? true : null);
    return ((Number)
            browser.script(
                "const c = Chart.getChart(document.getElementById(arguments[0]));"
                    + " const s = c.data.datasets.find(d => d.label === arguments[1]);"
                    + " return s.data[c.data.labels.indexOf(arguments[2])];",
                canvas,
                series,
                label))
        .longValue();
  }

  private static boolean chartReady(Browser browser, String canvas) {
    return Boolean.TRUE.equals(
        browser.script(
            "const e = document.getElementById(arguments[0]);"
                + " return !!(window.Chart && e && Chart.getChart(e));",
            canvas));
  }

  private void grantComponent(String id, String type, int committed, int paid) {
    jdbc.update(
        "INSERT INTO avrr_grant_component (case_instance_id, component_type, currency, committed,"
            + " paid) VALUES (?, ?, 'EUR', ?, ?)",
        programme + "-" + id,
        type,
        committed,
        paid);
  }

  private void record(
      String id,
      String country,
      LocalDate opened,
      int contactedAfterDays,
      LocalDate departed,
      LocalDate arrived) {
    jdbc.update(
        "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, country,"
            + " programme, sex, age_band, opened_on, applied_on, first_contact_on, departed_on,"
            + " arrived_on) VALUES (?, ?, 'outbound', ?, ?, 'F', 'adult', ?, ?, ?, ?, ?)",
        programme + "-" + id,
        "BY-B-" + id,
        country,
        programme,
        Date.valueOf(opened),
        Date.valueOf(opened),
        Date.valueOf(opened.plusDays(contactedAfterDays)),
        departed == null ? null : Date.valueOf(departed),
        arrived == null ? null : Date.valueOf(arrived));
  }
}
