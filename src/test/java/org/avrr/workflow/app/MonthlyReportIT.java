package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.notification.MailCapture;
import org.avrr.workflow.sandbox.SandboxFaults;
import org.avrr.workflow.testing.Spreadsheets;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the office's first working day of June 2026 (a Monday) the managers receive May's report: the
 * month's figures in the mail, every report of the twelve months to May attached as a spreadsheet;
 * on the next mornings the timer looks again and sends nothing more. The engine's clock is moved,
 * the timer's job run as the job executor would.
 */
class MonthlyReportIT extends CaseApiIT {

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

  /** A country no other test uses, so its figures are this test's own. */
  private static final String COUNTRY = "TV";

  @Autowired MailCapture capture;
  @Autowired SandboxFaults faults;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
    faults.clearAll();
    jdbc.update("DELETE FROM avrr_case_statistics WHERE country = ?", COUNTRY);
    jdbc.update("DELETE FROM avrr_monthly_report WHERE report_month = '2026-05'");
  }

  @Test
  void theManagersReceiveLastMonthsReportOnTheFirstWorkingDayOnce() throws Exception {
    // May 2026: three returnees to Tuvalu departed, two arrived; one opened in April.
    record("a", "2026-04-20", "2026-05-04", "2026-05-05");
    record("b", "2026-05-02", "2026-05-12", "2026-05-13");
    record("c", "2026-05-03", "2026-05-25", null);

    // Sunday 31 May: not the first working day of June (nor a day the timer looks).
    at("2026-05-31T08:00");
    assertThat(runTimer()).isEqualTo("EndEvent_NotDueToday");

    at("2026-06-01T08:00");
    int before = capture.messages().size();
    assertThat(runTimer()).isEqualTo("EndEvent_ReportSent");

    List<MailCapture.CapturedMail> mails = capture.messages();
    assertThat(mails).hasSize(before + 1);
    MailCapture.CapturedMail sent = mails.get(0);
    // The managers read the office's language, Russian (avrr.notification.office-language).
    assertThat(sent.subject()).isEqualTo("Ежемесячный отчёт ДВР: май 2026");
    assertThat(sent.to()).contains("managers@office.example");
    assertThat(sent.body())
        .contains(
            "ВОЗВРАЩЕНИЯ ЗА МЕСЯЦ",
            "ПО СТРАНАМ",
            "ВРЕМЯ ПО ЭТАПАМ",
            "НОРМАТИВНЫЕ СРОКИ",
            "От выезда до прибытия",
            "Первый контакт в течение")
        .doesNotContain("RETURNS IN THE MONTH", "Departure to arrival")
        .containsPattern("Тувалу\\s+2\\s+3\\s+2\\s+0");
    List<MailCapture.Attachment> attached = capture.attachmentsOf(sent.messageId());
    assertThat(attached)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename()).isEqualTo("avrr-report-2025-06-to-2026-05.xlsx");
              assertThat(a.contentType())
                  .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            });
    Map<String, List<List<String>>> book =
        Spreadsheets.read(capture.attachment(attached.get(0).id()).orElseThrow().content());
    // The spreadsheet in the managers' language too.
    assertThat(book.get("О таблице")).contains(List.of("Месяцы", "с 2025-06 по 2026-05"));
    assertThat(book.get("Возвращения по странам").get(0)).startsWith("Код страны", "Страна");
    assertThat(book.get("Возвращения по странам"))
        .contains(List.of(COUNTRY, "Тувалу", "3", "3", "2", "0", "0", "0", "0"));

    // Tuesday 2 June: the timer looks again; the report is out, nothing more is sent.
    at("2026-06-02T08:00");
    assertThat(runTimer()).isEqualTo("EndEvent_NotDueToday");
    assertThat(capture.messages()).hasSize(before + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT recipients FROM avrr_monthly_report WHERE report_month = '2026-05'",
                String.class))
        .isEqualTo("managers@office.example");
  }

  @Test
  void aMailServerDownOnTheFirstWorkingDayDelaysTheReportToTheNextWorkingMorningOnly()
      throws Exception {
    record("d", "2026-05-04", "2026-05-20", null);
    faults.set(SandboxFaults.Touchpoint.MAIL, SandboxFaults.Kind.DOWN, 0, null);
    int before = capture.messages().size();

    // Monday 1 June: every try fails, the step stops with an incident for the operators.
    at("2026-06-01T08:00");
    String firstMorning = startByTimer();
    Job mailing =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(firstMorning)
            .singleResult();
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        engine.getManagementService().executeJob(mailing.getId());
      } catch (RuntimeException expected) {
        // the mail server refuses the connection
      }
    }
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(firstMorning)
                .count())
        .isEqualTo(1);

    // Tuesday 2 June, the mail server back: the next morning's instance mails May's report.
    faults.clearAll();
    at("2026-06-02T08:00");
    assertThat(runTimer()).isEqualTo("EndEvent_ReportSent");
    assertThat(capture.messages()).hasSize(before + 1);
    assertThat(capture.messages().get(0).subject()).isEqualTo("Ежемесячный отчёт ДВР: май 2026");

    // An operator retries Monday's incident on Wednesday: May's report went out, nothing is sent,
    // and the retry does not mail June's either.
    at("2026-06-03T09:00");
    engine.getManagementService().setJobRetries(mailing.getId(), 1);
    engine.getManagementService().executeJob(mailing.getId());
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(firstMorning)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_ReportSent");
    assertThat(capture.messages()).hasSize(before + 1);
  }

  /** Runs the timer's job; the instance it started. */
  private String startByTimer() {
    java.util.Set<String> earlier = new java.util.HashSet<>();
    engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("monthly-report")
        .list()
        .forEach(i -> earlier.add(i.getId()));
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processDefinitionKey("monthly-report")
            .timers()
            .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("monthly-report")
        .list()
        .stream()
        .map(HistoricProcessInstance::getId)
        .filter(id -> !earlier.contains(id))
        .findFirst()
        .orElseThrow();
  }

  /** Runs the timer's job and what it starts; the end event the report's instance reached. */
  private String runTimer() {
    String started = startByTimer();
    for (Job job :
        engine.getManagementService().createJobQuery().processInstanceId(started).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(started)
        .singleResult()
        .getEndActivityId();
  }

  private static void at(String minskTime) {
    ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.LocalDateTime.parse(minskTime).atZone(MINSK).toInstant()));
  }

  private void record(String id, String opened, String departed, String arrived) {
    jdbc.update(
        "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, country,"
            + " programme, sex, age_band, opened_on, applied_on, departed_on, arrived_on)"
            + " VALUES (?, ?, 'outbound', ?, 'MONTHLY_IT', 'M', 'adult', ?, ?, ?, ?)",
        "monthly-it-" + id,
        "BY-M-" + id,
        COUNTRY,
        Date.valueOf(opened),
        Date.valueOf(opened),
        Date.valueOf(departed),
        arrived == null ? null : Date.valueOf(LocalDate.parse(arrived)));
  }
}
