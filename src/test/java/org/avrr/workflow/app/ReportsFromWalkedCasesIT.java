package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.reports.CaseStatisticsBackfill;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * The managers' figures of cases walked through the real models on known days, the engine's clock
 * moved between the steps as an office's weeks pass (timers run, not waited for): an Iraqi man who
 * applies on Friday 1 March 2019, is first seen five days later, departs on 10 April, gets his
 * reintegration plan approved on 6 May and is closed in January 2020; and an asylum seeker who
 * applies on 1 April 2019 and is referred to UNHCR three days later. No other test has a case in
 * 2019, so every figure of 2019–2020 is theirs and known. Their statistics records, removed as if
 * the cases had begun before the record existed, are rebuilt from history as they were. Then the
 * referred case's personal data is erased, and every figure stays as it was. (The authorities'
 * figures are not among them: the exchange audit keeps when a request really went out, not the
 * engine's clock; ReportsIT checks them on known exchanges.)
 */
class ReportsFromWalkedCasesIT extends CaseApiIT {

  @Autowired private CaseStatisticsBackfill backfill;

  private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
  private static final String PERIOD = "?from=2019-01&to=2020-12&country=IQ";

  /** The day each step of the walks is taken (at 10:00 in Minsk). */
  private static final Map<String, String> DAYS =
      Map.ofEntries(
          Map.entry("first contact", "2019-03-06"),
          Map.entry("counselling", "2019-03-11"),
          Map.entry("declaration", "2019-03-13"),
          Map.entry("status check", "2019-03-18"),
          Map.entry("travel document", "2019-03-25"),
          Map.entry("exit clearance", "2019-03-27"),
          Map.entry("accommodation", "2019-03-28"),
          Map.entry("route", "2019-03-29"),
          Map.entry("booking", "2019-04-08"),
          Map.entry("pre-embarkation", "2019-04-10"),
          Map.entry("arrival", "2019-04-11"),
          Map.entry("assessment", "2019-04-18"),
          Map.entry("plan", "2019-04-25"),
          Map.entry("approval", "2019-05-06"),
          Map.entry("instalment 1", "2019-05-08"),
          Map.entry("instalment 2", "2019-06-10"),
          Map.entry("visit 1", "2019-07-01"),
          Map.entry("visit 2", "2019-10-01"),
          Map.entry("visit 3", "2020-01-08"),
          Map.entry("closure", "2020-01-15"));

  @Override
  protected void beforeStep(String step) {
    if (DAYS.containsKey(step)) {
      at(DAYS.get(step));
    }
  }

  @AfterEach
  void backToNow() {
    ClockUtil.reset();
  }

  @Test
  void theFiguresOfTwoWalkedCasesAreTheirKnownDaysAndOutcomesAndErasureChangesNone() {
    at("2019-03-04");
    String returned = startCase("RW" + (System.nanoTime() % 10_000_000L), "2019-03-01");
    walkToDeparture(returned);
    beforeStep("arrival");
    submit(
        taskOf(returned, "mission-irq", ArrivalProcess.TASK_CONFIRM_ARRIVAL),
        "mission-irq",
        Map.of(
            ArrivalProcess.ARRIVAL_REPORT.name(), value("ARRIVED", "String"),
            ArrivalProcess.ARRIVED_ON.name(), value(today(), "String")));
    walkReintegrationToClosure(returned, "mission-irq", "case-manager");

    at("2019-04-01");
    String referred = startCase("AS" + (System.nanoTime() % 10_000_000L), "2019-04-01");
    at("2019-04-02");
    completeIntakeAndScreening(referred);
    at("2019-04-03");
    runStatusCheck(referred);
    at("2019-04-04");
    submit(
        taskOf(referred, "counsellor", EligibilityProcess.TASK_REFER_TO_UNHCR),
        "counsellor",
        Map.of(
            "unhcrReferralDate", value(today(), "String"),
            "applicantInformed", value(true, "Boolean")));
    at("2020-02-03");

    Map<String, Object> returns = report("returns");
    assertThat(returns.get("total"))
        .as("the referral closed the second case")
        .isEqualTo(counts("total", "total", 2, 1, 1, 2, 0, 0, 1));
    assertThat(list(returns, "months"))
        .contains(
            counts("2019-03", "March 2019", 1, 0, 0, 0, 0, 0, 0),
            counts("2019-04", "April 2019", 1, 1, 1, 1, 0, 0, 1),
            counts("2020-01", "January 2020", 0, 0, 0, 1, 0, 0, 0))
        .hasSize(24);
    assertThat(list(returns, "bySex")).containsExactly(counts("M", "male", 2, 1, 1, 2, 0, 0, 1));
    assertThat(list(returns, "byAgeBand"))
        .containsExactly(counts("adult", "adult", 2, 1, 1, 2, 0, 0, 1));

    long planToLastInstalment = days("approval", "instalment 2");
    long arrivalToClosure = days("arrival", "closure");
    long openedToClosure = ChronoUnit.DAYS.between(LocalDate.of(2019, 3, 4), day("closure"));
    Map<String, Object> stages = report("stages");
    assertThat(list(stages, "stages"))
        .extracting(s -> s.get("stage") + ": " + s.get("cases") + " " + days(s))
        .containsExactly(
            // The referred case: first contact and declaration on 2 April, a day after applying.
            "Application to first contact: 2 1/5",
            "Application to declaration: 2 1/12",
            // Its eligibility was decided when it was referred, on 4 April.
            "Declaration to eligibility decided: 2 2/5",
            "Eligibility to exit clearance: 1 9/9",
            "Eligibility to travel document: 1 7/7",
            "Application to departure: 1 40/40",
            "Departure to arrival: 1 1/1",
            "Arrival to plan approved: 1 25/25",
            "Plan approved to first instalment: 1 2/2",
            "Plan approved to last instalment: 1 "
                + planToLastInstalment
                + "/"
                + planToLastInstalment,
            "Arrival to closure: 1 " + arrivalToClosure + "/" + arrivalToClosure,
            "Opened to closure: 2 3/" + openedToClosure);
    assertThat(list(stages, "serviceLevels"))
        .extracting(level -> level.get("cases") + "/" + level.get("met"))
        .as("first contact in 3 days: the returnee's took 5; plan in a month; arrival in 72 h")
        .containsExactly("2/1", "1/1", "1/1");

    Map<String, Object> reintegration = report("reintegration");
    assertThat(reintegration)
        .containsEntry("plansApproved", 1)
        .containsEntry("casesWithFirstInstalment", 1)
        .containsEntry("lostToFollowUp", 0);
    assertThat(list(reintegration, "grantsByComponent"))
        .singleElement()
        .satisfies(
            grant -> {
              assertThat(grant).containsEntry("component", "Business start-up");
              assertThat(((Number) grant.get("committed")).intValue()).isEqualTo(1000);
              assertThat(((Number) grant.get("paid")).intValue()).isEqualTo(1000);
            });
    assertThat(list(reintegration, "closuresByReason"))
        .containsExactly(
            Map.of(
                "reason", "COMPLETED",
                "name", "plan delivered and final monitoring done",
                "cases", 1));
    assertThat(list(reintegration, "survey"))
        .allSatisfy(dimension -> assertThat(dimension).containsEntry("cases", 1));

    // The two cases as if begun before the statistics record existed: rebuilt from their history,
    // record for record.
    List<Map<String, Object>> records = records(returned, referred);
    List<Map<String, Object>> components = components(returned, referred);
    jdbc.update(
        "DELETE FROM avrr_grant_component WHERE case_instance_id IN (SELECT case_instance_id"
            + " FROM avrr_case_statistics WHERE case_number IN (?, ?))",
        returned,
        referred);
    jdbc.update("DELETE FROM avrr_case_statistics WHERE case_number IN (?, ?)", returned, referred);
    assertThat(report("returns")).isNotEqualTo(returns);
    assertThat(backfill.backfill()).isEqualTo(2);
    assertThat(records(returned, referred)).isEqualTo(records);
    assertThat(components(returned, referred)).isEqualTo(components);
    assertThat(backfill.backfill()).as("nothing left to rebuild").isZero();
    // A plan approved before the grant per component was recorded: that part alone is rebuilt.
    jdbc.update(
        "DELETE FROM avrr_grant_component WHERE case_instance_id = (SELECT case_instance_id"
            + " FROM avrr_case_statistics WHERE case_number = ?)",
        returned);
    assertThat(backfill.backfill()).isEqualTo(1);
    assertThat(components(returned, referred)).isEqualTo(components);

    // Erasure of the referred case's personal data: every figure stays.
    assertThat(status(startErasure("case-manager", referred))).isEqualTo(200);
    assertThat(report("returns")).isEqualTo(returns);
    assertThat(report("stages")).isEqualTo(stages);
    assertThat(report("reintegration")).isEqualTo(reintegration);
  }

  private List<Map<String, Object>> records(String... caseNumbers) {
    return jdbc.queryForList(
        "SELECT * FROM avrr_case_statistics WHERE case_number IN (?, ?) ORDER BY case_number",
        (Object[]) caseNumbers);
  }

  private List<Map<String, Object>> components(String... caseNumbers) {
    return jdbc.queryForList(
        "SELECT g.* FROM avrr_grant_component g JOIN avrr_case_statistics s"
            + " ON s.case_instance_id = g.case_instance_id WHERE s.case_number IN (?, ?)"
            + " ORDER BY g.case_instance_id, g.component_type",
        (Object[]) caseNumbers);
  }

  private static void at(String day) {
    ClockUtil.setCurrentTime(
        Date.from(LocalDate.parse(day).atTime(10, 0).atZone(MINSK).toInstant()));
  }

  private static LocalDate day(String step) {
    return LocalDate.parse(DAYS.get(step));
  }

  private static long days(String from, String to) {
    return ChronoUnit.DAYS.between(day(from), day(to));
  }

  /** "median/p90" in whole days. */
  private static String days(Map<String, Object> stage) {
    return whole(stage.get("medianDays")) + "/" + whole(stage.get("p90Days"));
  }

  private static String whole(Object days) {
    return days == null ? "-" : Long.toString(((Number) days).longValue());
  }

  private static Map<String, Object> counts(
      String key,
      String name,
      int opened,
      int departed,
      int arrived,
      int closed,
      int withdrawn,
      int notEligible,
      int referredToUnhcr) {
    return Map.of(
        "key", key,
        "name", name,
        "opened", opened,
        "departed", departed,
        "arrived", arrived,
        "closed", closed,
        "withdrawn", withdrawn,
        "notEligible", notEligible,
        "referredToUnhcr", referredToUnhcr);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> figures, String name) {
    return (List<Map<String, Object>>) figures.get(name);
  }

  private static Map<String, Object> report(String name) {
    return RestClient.create(baseUrl())
        .get()
        .uri("/api/reports/" + name + PERIOD)
        .headers(headers -> headers.setBasicAuth("manager", "manager"))
        .retrieve()
        .body(new ParameterizedTypeReference<Map<String, Object>>() {});
  }
}
