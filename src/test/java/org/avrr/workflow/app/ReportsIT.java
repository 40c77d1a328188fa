package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.testing.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The office's reports from the statistics records: a year of known cases (their records as the
 * recorder keeps them — OutboundCaseIT and InboundCaseIT prove it from whole walked cases) counted
 * per month and category, timed per stage, and read only by managers and case managers.
 */
class ReportsIT extends CaseApiIT {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  /** A programme of this test's own: the shared database holds other tests' cases too. */
  private final String programme = "REPORTS_IT_" + System.nanoTime() % 1_000_000;

  @BeforeEach
  void aYearOfCases() {
    // Iraq, a man, adult: applied 2025-01-02, first contact 2 days later, departed 2025-03-10,
    // arrived the next day, plan 20 days later, closed 2025-09-30.
    record(
        "a",
        "IQ",
        "M",
        "adult",
        false,
        "2025-01-02",
        "2025-01-04",
        "2025-03-10",
        "2025-03-11",
        "2025-03-31",
        "2025-09-30",
        "reintegration-closed");
    // Iraq, a woman, older: first contact after 5 days (late), departed 2025-03-20, arrival
    // confirmed 4 days later (late), plan 40 days later (late), still open.
    record(
        "b",
        "IQ",
        "F",
        "older",
        true,
        "2025-02-01",
        "2025-02-06",
        "2025-03-20",
        "2025-03-24",
        "2025-05-03",
        null,
        null);
    // Afghanistan, an unaccompanied child: not eligible, closed in February.
    record(
        "c",
        "AF",
        "M",
        "child",
        false,
        "2025-01-15",
        "2025-01-16",
        null,
        null,
        null,
        "2025-02-20",
        "not-eligible");
    jdbc.update(
        "UPDATE avrr_case_statistics SET unaccompanied_child = TRUE WHERE case_instance_id = ?",
        programme + "-c");
    // Afghanistan, a woman: withdrew in April.
    record(
        "d",
        "AF",
        "F",
        "adult",
        false,
        "2025-03-01",
        "2025-03-02",
        null,
        null,
        null,
        "2025-04-05",
        "withdrawn");
  }

  @Test
  void aManagerSeesTheYearsReturnsPerMonthAndCategory() {
    ResponseEntity<Map<String, Object>> answer =
        reports("manager", "/returns?from=2025-01&to=2025-12&programme=" + programme);

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    Map<String, Object> returns = answer.getBody();
    assertThat(returns.get("total"))
        .isEqualTo(
            Map.of(
                "key",
                "total",
                "name",
                "total",
                "opened",
                4,
                "departed",
                2,
                "arrived",
                2,
                "closed",
                3,
                "withdrawn",
                1,
                "notEligible",
                1,
                "referredToUnhcr",
                0));
    List<Map<String, Object>> months = list(returns, "months");
    assertThat(months).hasSize(12);
    assertThat(months.get(0)).containsEntry("key", "2025-01").containsEntry("opened", 2);
    assertThat(months.get(1))
        .containsEntry("key", "2025-02")
        .containsEntry("opened", 1)
        .containsEntry("closed", 1)
        .containsEntry("notEligible", 1);
    assertThat(months.get(2))
        .containsEntry("key", "2025-03")
        .containsEntry("opened", 1)
        .containsEntry("departed", 2)
        .containsEntry("arrived", 2);
    assertThat(months.get(3)).containsEntry("withdrawn", 1);
    assertThat(months.get(8)).containsEntry("key", "2025-09").containsEntry("closed", 1);
    assertThat(months.get(0)).containsEntry("name", "January 2025");
    assertThat(list(returns, "byCountry"))
        .extracting(
            row ->
                row.get("key")
                    + " "
                    + row.get("name")
                    + ":"
                    + row.get("opened")
                    + "/"
                    + row.get("departed"))
        .containsExactly("AF Afghanistan:2/0", "IQ Iraq:2/2");
    assertThat(list(returns, "bySex"))
        .extracting(row -> row.get("key") + ":" + row.get("opened"))
        .containsExactly("F:2", "M:2");
    assertThat(list(returns, "byAgeBand"))
        .extracting(row -> row.get("key") + ":" + row.get("opened"))
        .containsExactly("adult:2", "child:1", "older:1");
    assertThat(list(returns, "byVulnerability"))
        .extracting(row -> row.get("key") + ":" + row.get("opened"))
        .containsExactly("unaccompanied child:1", "trafficking:0", "medical:1", "none:2");
    assertThat(list(returns, "bySex"))
        .extracting(row -> row.get("name"))
        .containsExactly("female", "male");

    // Narrowed to one country and to the first quarter.
    Map<String, Object> iraqFirstQuarter =
        reports(
                "case-manager",
                "/returns?from=2025-01&to=2025-03&country=IQ&programme=" + programme)
            .getBody();
    assertThat((Map<String, Object>) iraqFirstQuarter.get("total"))
        .containsEntry("opened", 2)
        .containsEntry("departed", 2)
        .containsEntry("closed", 0);
  }

  @Test
  void aManagerSeesHowLongEachStageTookAndTheServiceLevels() {
    Map<String, Object> times =
        reports("manager", "/stages?from=2025-01&to=2025-12&programme=" + programme).getBody();

    Map<String, Object> firstContact = stage(times, "Application to first contact");
    // 2, 5, 1, 1 days: median (nearest rank) 1, 90th percentile 5.
    assertThat(firstContact)
        .containsEntry("cases", 4)
        .containsEntry("medianDays", 1.0)
        .containsEntry("p90Days", 5.0);
    assertThat(stage(times, "Departure to arrival"))
        .containsEntry("cases", 2)
        .containsEntry("medianDays", 1.0)
        .containsEntry("p90Days", 4.0);
    assertThat(stage(times, "Arrival to plan approved")).containsEntry("cases", 2);
    assertThat(stage(times, "Application to departure"))
        .containsEntry("cases", 2)
        .containsEntry("medianDays", 47.0);
    assertThat(list(times, "serviceLevels"))
        .extracting(level -> level.get("key") + " " + level.get("cases") + "/" + level.get("met"))
        .containsExactly("firstContact 4/3", "planApproved 2/1", "arrivalConfirmed 2/1");
    assertThat(list(times, "serviceLevels").get(0))
        .containsEntry("rule", "First contact within 3 days of the application");
  }

  @Test
  void aManagerSeesTheGrantsCommittedAndPaidTheSurveyAndHowReintegrationClosed() {
    jdbc.update(
        "UPDATE avrr_case_statistics SET grant_currency = 'EUR', grant_committed = 2000,"
            + " grant_paid = 1500, first_instalment_on = DATE '2025-04-10',"
            + " rss_economic_baseline = 0.4, rss_economic_latest = 0.7,"
            + " psychosocial_referral = TRUE, closure_reason = 'COMPLETED'"
            + " WHERE case_instance_id = ?",
        programme + "-a");
    jdbc.update(
        "UPDATE avrr_case_statistics SET grant_currency = 'EUR', grant_committed = 1000,"
            + " grant_paid = 0 WHERE case_instance_id = ?",
        programme + "-b");
    // Case a's plan: a business start-up and housing; case b's: a business start-up.
    grantComponent(programme + "-a", "BUSINESS_START_UP", 1500, 1500);
    grantComponent(programme + "-a", "HOUSING", 500, 0);
    grantComponent(programme + "-b", "BUSINESS_START_UP", 1000, 0);

    Map<String, Object> figures =
        reports("manager", "/reintegration?from=2025-01&to=2025-12&programme=" + programme)
            .getBody();

    assertThat(figures)
        .containsEntry("plansApproved", 2)
        .containsEntry("casesWithFirstInstalment", 1)
        .containsEntry("psychosocialReferrals", 1)
        .containsEntry("lostToFollowUp", 0);
    assertThat(list(figures, "grants"))
        .singleElement()
        .satisfies(
            grants -> {
              assertThat(grants).containsEntry("currency", "EUR").containsEntry("plans", 2);
              assertThat(((Number) grants.get("committed")).doubleValue()).isEqualTo(3000.0);
              assertThat(((Number) grants.get("paid")).doubleValue()).isEqualTo(1500.0);
            });
    assertThat(list(figures, "grantsByComponent"))
        .extracting(
            g ->
                g.get("component")
                    + "/"
                    + g.get("programme").equals(programme)
                    + "/"
                    + g.get("currency")
                    + "/"
                    + g.get("plans")
                    + "/"
                    + ((Number) g.get("committed")).intValue()
                    + "/"
                    + ((Number) g.get("paid")).intValue())
        .containsExactly("Business start-up/true/EUR/2/2500/1500", "Housing/true/EUR/1/500/0");
    assertThat(list(figures, "survey").get(0))
        .containsEntry("dimension", "economic")
        .containsEntry("cases", 1)
        .containsEntry("baselineAverage", 0.4)
        .containsEntry("latestAverage", 0.7);
    assertThat(list(figures, "closuresByReason"))
        .containsExactly(
            Map.of(
                "reason",
                "COMPLETED",
                "name",
                "plan delivered and final monitoring done",
                "cases",
                1));
    assertThat(list(figures, "grants").get(0)).containsEntry("programmeName", programme);
  }

  private void grantComponent(String caseId, String type, int committed, int paid) {
    jdbc.update(
        "INSERT INTO avrr_grant_component (case_instance_id, component_type, currency, committed,"
            + " paid) VALUES (?, ?, 'EUR', ?, ?)",
        caseId,
        type,
        committed,
        paid);
  }

  @Test
  void aManagerSeesTheAuthoritiesAnswersTimesAndOutages() {
    // One case of this programme: the Ministry's status check answered twice, refused once, and
    // twice without an answer during an outage in March; the border authority answered in April.
    String caseNumber = programme + "-AUTH";
    jdbc.update(
        "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, country,"
            + " programme, opened_on) VALUES (?, ?, 'outbound', 'IQ', ?, DATE '2025-03-01')",
        programme + "-auth",
        caseNumber,
        programme);
    exchange(
        caseNumber,
        "2025-03-10T09:00:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "ANSWERED",
        120);
    exchange(
        caseNumber,
        "2025-03-11T08:00:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "FAILED",
        30000);
    exchange(
        caseNumber,
        "2025-03-11T08:05:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "FAILED",
        30000);
    exchange(
        caseNumber,
        "2025-03-11T08:10:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "ANSWERED",
        80);
    exchange(
        caseNumber,
        "2025-03-12T10:00:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "REFUSED",
        200);
    exchange(
        caseNumber,
        "2025-04-02T10:00:00Z",
        "STATE_BORDER_COMMITTEE",
        "DEPARTURE_NOTIFICATION",
        "ANSWERED",
        50);
    // Another programme's request is not counted.
    exchange(
        "BY-OTHER-1",
        "2025-03-10T09:00:00Z",
        "MINISTRY_OF_INTERNAL_AFFAIRS",
        "STATUS_CHECK",
        "ANSWERED",
        99);

    Map<String, Object> figures =
        reports("case-manager", "/authorities?from=2025-01&to=2025-12&programme=" + programme)
            .getBody();

    assertThat(figures.get("requests"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(
            Map.ofEntries(
                Map.entry("month", "2025-03"),
                Map.entry("authority", "MINISTRY_OF_INTERNAL_AFFAIRS"),
                Map.entry("authorityName", "Ministry of Internal Affairs"),
                Map.entry("touchpoint", "STATUS_CHECK"),
                Map.entry("touchpointName", "status check"),
                Map.entry("requests", 5),
                Map.entry("answered", 2),
                Map.entry("refused", 1),
                Map.entry("failed", 2),
                Map.entry("medianMs", 120.0),
                Map.entry("p90Ms", 200.0)),
            Map.ofEntries(
                Map.entry("month", "2025-04"),
                Map.entry("authority", "STATE_BORDER_COMMITTEE"),
                Map.entry("authorityName", "State Border Committee"),
                Map.entry("touchpoint", "DEPARTURE_NOTIFICATION"),
                Map.entry("touchpointName", "departure notification"),
                Map.entry("requests", 1),
                Map.entry("answered", 1),
                Map.entry("refused", 0),
                Map.entry("failed", 0),
                Map.entry("medianMs", 50.0),
                Map.entry("p90Ms", 50.0)));
    assertThat(figures.get("outages"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(
            Map.of(
                "month", "2025-03",
                "authority", "MINISTRY_OF_INTERNAL_AFFAIRS",
                "authorityName", "Ministry of Internal Affairs",
                "failedAttempts", 2,
                "casesAffected", 1,
                "firstFailure", "2025-03-11T08:00:00Z",
                "lastFailure", "2025-03-11T08:05:00Z"));
    ResponseEntity<String> csv =
        download(
            "/authorities.csv?table=outages&from=2025-01&to=2025-12&programme=" + programme,
            "manager",
            "text/csv",
            String.class);
    assertThat(csv.getBody().split("\r\n"))
        .containsExactly(
            "Month,Authority code,Authority,Failed attempts,Cases held up,First failure,Last"
                + " failure",
            "2025-03,MINISTRY_OF_INTERNAL_AFFAIRS,Ministry of Internal Affairs,2,1,"
                + "2025-03-11T08:00:00Z,"
                + "2025-03-11T08:05:00Z");
    assertThat(reports("mission-irq", "/authorities").getStatusCode().value()).isEqualTo(403);
  }

  private void exchange(
      String caseNumber, String at, String authority, String operation, String outcome, long ms) {
    jdbc.update(
        "INSERT INTO avrr_touchpoint_exchange (occurred_at, authority, operation, case_number,"
            + " idempotency_key, outcome, http_status, duration_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?, 200, ?)",
        java.sql.Timestamp.from(java.time.Instant.parse(at)),
        authority,
        operation,
        caseNumber,
        caseNumber + "-" + at,
        outcome,
        ms);
  }

  @Test
  void aManagerDownloadsATableAsCsvForASpreadsheet() {
    ResponseEntity<String> csv =
        download(
            "/returns.csv?table=byCountry&from=2025-01&to=2025-12&programme=" + programme,
            "manager",
            "text/html,application/xhtml+xml,*/*;q=0.8",
            String.class);

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"avrr-returns-byCountry-");
    assertThat(csv.getBody().split("\r\n"))
        .containsExactly(
            "Country code,Country,Opened,Departed,Arrived,Closed,Withdrawn,Not eligible,Referred to"
                + " UNHCR",
            "AF,Afghanistan,2,0,0,2,1,1,0",
            "IQ,Iraq,2,2,2,1,0,0,0");
    ResponseEntity<String> stages =
        download(
            "/stages.csv?from=2025-01&to=2025-12&programme=" + programme,
            "case-manager",
            "text/csv",
            String.class);
    assertThat(stages.getBody())
        .startsWith("Stage,From milestone,To milestone,Cases,Median days,90th percentile days\r\n")
        .contains("Application to first contact,applied_on,first_contact_on,4,1.0,5.0");
    ResponseEntity<String> noSuchTable =
        download("/returns.csv?table=secrets", "manager", "*/*", String.class);
    assertThat(noSuchTable.getStatusCode().value()).isEqualTo(400);
    assertThat(noSuchTable.getBody()).contains("the returns report has no table 'secrets'");
    assertThat(download("/returns.csv", "counsellor", null, String.class).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aManagerDownloadsEveryTableAsOneSpreadsheet() throws Exception {
    ResponseEntity<byte[]> xlsx =
        download(
            "/all.xlsx?from=2025-01&to=2025-12&country=IQ&programme=" + programme,
            "manager",
            "text/html,application/xhtml+xml,*/*;q=0.8",
            byte[].class);

    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    assertThat(xlsx.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"avrr-all-");
    Map<String, List<List<String>>> book = Spreadsheets.read(xlsx.getBody());
    assertThat(book.keySet())
        .startsWith("About", "Returns per month", "Returns by country")
        .contains("Time per stage", "Grants", "Open tasks", "Incidents")
        .hasSize(17);
    assertThat(book.get("About"))
        .contains(
            List.of("Report", "all reports"),
            List.of("Months", "2025-01 to 2025-12"),
            List.of("Country", "Iraq (IQ)"));
    // Only Iraq's two cases: both departed and arrived in March; the first closed in September.
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
            List.of("IQ", "Iraq", "2", "2", "2", "1", "0", "0", "0"));
    assertThat(book.get("Returns per month"))
        .hasSize(13)
        .contains(List.of("2025-03", "March 2025", "0", "2", "2", "0", "0", "0", "0"));

    ResponseEntity<String> wrong =
        download("/returns.xlsx?country=Iraq", "manager", "*/*", String.class);
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(wrong.getBody()).contains("country");
    assertThat(download("/all.xlsx", "mission-deu", null, String.class).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aRussianSpeakingManagerReadsTheReportsTheirTablesAndSpreadsheetInRussian() throws Exception {
    String period = "from=2025-01&to=2025-12&programme=" + programme;
    startCase("RR" + System.nanoTime() % 10_000_000L);

    Map<String, Object> returns = inRussian("/returns?" + period, JSON).getBody();
    assertThat((Map<String, Object>) returns.get("total")).containsEntry("name", "всего");
    assertThat(list(returns, "months").get(0)).containsEntry("name", "январь 2025");
    assertThat(list(returns, "byCountry"))
        .extracting(row -> row.get("key") + " " + row.get("name"))
        .containsExactly("AF Афганистан", "IQ Ирак");
    assertThat(list(returns, "byVulnerability").get(0))
        .containsEntry("key", "unaccompanied child")
        .containsEntry("name", "несопровождаемый ребёнок");
    Map<String, Object> times = inRussian("/stages?" + period, JSON).getBody();
    assertThat(list(times, "stages"))
        .extracting(stage -> stage.get("stage"))
        .contains("От заявления до выезда", "От выезда до прибытия");
    assertThat(list(times, "serviceLevels").get(0))
        .containsEntry("key", "firstContact")
        .containsEntry("rule", "Первый контакт в течение 3 дн. после заявления");
    Map<String, Object> work = inRussian("/work", JSON).getBody();
    assertThat(list(work, "queues"))
        .anySatisfy(
            queue ->
                assertThat(queue)
                    .containsEntry("group", "counsellors")
                    .containsEntry("groupName", "Консультанты")
                    .containsEntry("processName", "Приём заявления и консультирование")
                    .containsEntry(
                        "task",
                        "Установить первый контакт и получить согласие на обработку данных"));

    ResponseEntity<String> csv = inRussian("/returns.csv?table=byCountry&" + period, String.class);
    assertThat(csv.getBody().split("\r\n"))
        .containsExactly(
            "Код страны,Страна,Открыто,Выехали,Прибыли,Закрыто,Отказались,Не соответствуют"
                + " условиям,Направлены в УВКБ ООН",
            "AF,Афганистан,2,0,0,2,1,1,0",
            "IQ,Ирак,2,2,2,1,0,0,0");

    Map<String, List<List<String>>> book =
        Spreadsheets.read(inRussian("/all.xlsx?country=IQ&" + period, byte[].class).getBody());
    assertThat(book.keySet())
        .startsWith("О таблице", "Возвращения по месяцам", "Возвращения по странам")
        .contains("Время по этапам", "Нормативные сроки", "Открытые задачи");
    assertThat(book.get("О таблице"))
        .contains(
            List.of("Отчёт", "все отчёты"),
            List.of("Месяцы", "с 2025-01 по 2025-12"),
            List.of("Страна", "Ирак (IQ)"),
            List.of("Направление", "все"));
    assertThat(book.get("Возвращения по странам"))
        .contains(List.of("IQ", "Ирак", "2", "2", "2", "1", "0", "0", "0"));
    assertThat(book.get("Время по этапам").get(0))
        .startsWith("Этап", "Начальная отметка", "Конечная отметка", "Дел");

    // What is refused is said in Russian too.
    assertThat(inRussian("/returns?from=2025-13", JSON).getBody())
        .containsEntry("message", "Параметр from должен быть месяцем, например 2026-01");
    assertThat(inRussian("/returns.csv?table=secrets", String.class).getBody())
        .contains("В отчёте returns нет таблицы «secrets»");
  }

  /** What the reports answer the manager whose browser asks for Russian. */
  private static <T> ResponseEntity<T> inRussian(String path, ParameterizedTypeReference<T> type) {
    return client()
        .get()
        .uri(path)
        .headers(
            headers -> {
              headers.setBasicAuth("manager", "manager");
              headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9");
              headers.set(HttpHeaders.ACCEPT, "application/json, */*;q=0.8");
            })
        .retrieve()
        .toEntity(type);
  }

  private static <T> ResponseEntity<T> inRussian(String path, Class<T> type) {
    return inRussian(path, ParameterizedTypeReference.forType(type));
  }

  @Test
  void aManagerSeesTheWorkWaitingPerGroupAndStepNamedByTheModelNotThePerson() {
    String caseNumber = startCase("RW" + System.nanoTime() % 10_000_000L);

    Map<String, Object> work = reports("manager", "/work").getBody();

    assertThat(list(work, "queues"))
        .anySatisfy(
            queue -> {
              assertThat(queue)
                  .containsEntry("group", "counsellors")
                  .containsEntry("groupName", "Counsellors")
                  .containsEntry("process", "intake-counselling")
                  .containsEntry("taskKey", "Task_RecordFirstContactAndConsent")
                  .containsEntry("task", "Make first contact and record data consent");
              assertThat((Integer) queue.get("open")).isPositive();
              assertThat(queue.get("oldestCreated")).isNotNull();
            });
    assertThat(work.toString()).doesNotContain("Rahimi").doesNotContain(caseNumber);
    assertThat(work).containsKey("incidents");
  }

  @Test
  void aCaseCancelledByAnOperatorIsCountedAsCancelledAndTheCancellationWorks() {
    String caseNumber = startCase("RC" + System.nanoTime() % 10_000_000L);
    String instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey("avrr-outbound")
            .singleResult()
            .getId();

    engine.getRuntimeService().deleteProcessInstance(instance, "opened by mistake");

    assertThat(
            jdbc.queryForMap(
                "SELECT outcome, closed_on FROM avrr_case_statistics WHERE case_number = ?",
                caseNumber))
        .containsEntry("OUTCOME", "cancelled")
        .containsKey("CLOSED_ON");
  }

  @Test
  void onlyManagersAndCaseManagersReadTheReports() {
    assertThat(reports("manager", "/returns").getStatusCode().value()).isEqualTo(200);
    assertThat(reports("case-manager", "/stages").getStatusCode().value()).isEqualTo(200);
    assertThat(reports("case-manager", "/work").getStatusCode().value()).isEqualTo(200);
    assertThat(reports("mission-irq", "/work").getStatusCode().value()).isEqualTo(403);
    for (String user : List.of("counsellor", "finance", "movement-officer", "mission-deu")) {
      assertThat(reports(user, "/returns").getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(reports(null, "/returns").getStatusCode().value()).isEqualTo(401);
    ResponseEntity<Map<String, Object>> wrongPassword =
        client()
            .get()
            .uri("/returns")
            // (Not a real user's wrong password: Camunda would make that user wait a few
            // seconds, and other tests log in as the managers.)
            .headers(headers -> headers.setBasicAuth("no-such-manager", "not-the-password"))
            .retrieve()
            .toEntity(JSON);
    assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aManagerLoggedInToCockpitReadsThemWithTheSessionACounsellorInTasklistCannot() {
    WebappLogin manager = webappLogin("manager", "cockpit", true);
    WebappLogin counsellor = webappLogin("counsellor", "tasklist", true);

    assertThat(withSession(manager, "/returns").getStatusCode().value()).isEqualTo(200);
    assertThat(withSession(counsellor, "/returns").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aWrongPeriodOrFilterIsRefusedSayingWhat() {
    assertThat(reports("manager", "/returns?from=2025-13").getBody().get("message"))
        .isEqualTo("from must be a month, e.g. 2026-01");
    assertThat(reports("manager", "/returns?from=2025-06&to=2025-01").getBody().get("message"))
        .isEqualTo("from (2025-06) is after to (2025-01)");
    assertThat(reports("manager", "/stages?flow=sideways").getBody().get("message"))
        .isEqualTo("flow must be outbound or inbound");
    assertThat(reports("manager", "/returns?country=Iraq").getStatusCode().value()).isEqualTo(400);
    assertThat(reports("manager", "/returns?from=2000-01&to=2025-01").getBody().get("message"))
        .isEqualTo("a report covers at most 120 months");
  }

  private void record(
      String id,
      String country,
      String sex,
      String ageBand,
      boolean medical,
      String applied,
      String firstContact,
      String departed,
      String arrived,
      String planApproved,
      String closed,
      String outcome) {
    jdbc.update(
        "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, country,"
            + " programme, sex, age_band, medical, opened_on, applied_on, first_contact_on,"
            + " departed_on, arrived_on, plan_approved_on, closed_on, outcome)"
            + " VALUES (?, ?, 'outbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        programme + "-" + id,
        "BY-2025-R" + id,
        country,
        programme,
        sex,
        ageBand,
        medical,
        date(applied),
        date(applied),
        date(firstContact),
        date(departed),
        date(arrived),
        date(planApproved),
        date(closed),
        outcome);
  }

  private static Date date(String day) {
    return day == null ? null : Date.valueOf(LocalDate.parse(day));
  }

  private static Map<String, Object> stage(Map<String, Object> times, String name) {
    return list(times, "stages").stream()
        .filter(stage -> name.equals(stage.get("stage")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  private static ResponseEntity<Map<String, Object>> reports(String user, String path) {
    return client()
        .get()
        .uri(path)
        .headers(
            headers -> {
              if (user != null) {
                headers.setBasicAuth(user, user);
              }
            })
        .retrieve()
        .toEntity(JSON);
  }

  private static ResponseEntity<Map<String, Object>> withSession(WebappLogin login, String path) {
    assertThat(login.status()).isEqualTo(200);
    return client()
        .get()
        .uri(path)
        .header(HttpHeaders.COOKIE, login.sessionCookie())
        .retrieve()
        .toEntity(JSON);
  }

  /**
   * A download by {@code user}, asking for {@code accept} (null: the client's JSON) as a browser
   * would.
   */
  private static <T> ResponseEntity<T> download(
      String path, String user, String accept, Class<T> type) {
    return client()
        .get()
        .uri(path)
        .headers(
            headers -> {
              headers.setBasicAuth(user, user);
              if (accept != null) {
                headers.set(HttpHeaders.ACCEPT, accept);
              }
            })
        .retrieve()
        .toEntity(type);
  }

  private static RestClient client() {
    return RestClient.builder()
        .baseUrl(baseUrl() + "/api/reports")
        .defaultHeader(HttpHeaders.ACCEPT, "application/json")
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
        .build();
  }
}
