package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.avrr.workflow.AvrrWorkflowApplication;
import org.avrr.workflow.browser.Browser;
import org.avrr.workflow.browser.Cockpit;
import org.avrr.workflow.browser.Tasklist;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.demo.DemoOffice;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.TestSocketUtils;

/**
 * The embedded default's demo office on a fresh H2 file database, with the job executor on and the
 * sandbox authorities answering within a second: three demo cases, then the count raised to eight
 * (the five missing are added, each at its stage), then a restart that adds nothing.
 */
class DemoOfficeProfileIT {

  @TempDir Path data;

  private int run;

  /** The web server's port of the latest start. */
  private int port;

  @Test
  void theDemoOfficeSeedsEachSlotOnceAndAddsOnlyTheMissingOnes() throws Exception {
    Map<Integer, String> firstThree;
    try (ConfigurableApplicationContext app = start(3)) {
      assertThat(seeding(app)).as("seeded by the first start").isEqualTo(3);
      firstThree = demoCases(app);
      assertThat(firstThree).containsOnlyKeys(0, 1, 2);
      assertThat(cases(app)).isEqualTo(3);
    }

    Map<Integer, String> all;
    try (ConfigurableApplicationContext app = start(8)) {
      assertThat(seeding(app)).as("the five missing slots").isEqualTo(5);
      all = demoCases(app);
      assertThat(all).containsOnlyKeys(0, 1, 2, 3, 4, 5, 6, 7).containsAllEntriesOf(firstThree);
      assertThat(all.values()).doesNotContainNull().doesNotHaveDuplicates();
      assertThat(cases(app)).isEqualTo(8);
      assertStages(app, all);
      lookAsANewcomer(all, casesOpenedThisYear(app));
    }

    try (ConfigurableApplicationContext app = start(8)) {
      assertThat(seeding(app)).as("a restart seeds nothing").isZero();
      assertThat(demoCases(app)).isEqualTo(all);
      assertThat(cases(app)).isEqualTo(8);
    }
  }

  /** Each slot shows its stage, for the group that works it. */
  private void assertStages(ConfigurableApplicationContext app, Map<Integer, String> slots) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    Map<String, String> scenarios = new LinkedHashMap<>();
    new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
        .query(
            "SELECT case_number, scenario FROM avrr_demo_case ORDER BY slot",
            row -> {
              scenarios.put(row.getString(1), row.getString(2));
            });
    assertThat(scenarios.values())
        .as("the most telling first")
        .containsExactly(
            "FIRST_CONTACT",
            "PLAN_AWAITING_MISSION",
            "MINISTRY_OUTAGE",
            "TRAVEL_BOOKING",
            "EXIT_CLEARANCE_PENDING",
            "REFERRED_TO_UNHCR",
            "COUNSELLING_SESSION",
            "REFERRAL_RECEIVED");
    String[] number = scenarios.keySet().toArray(String[]::new);

    assertTask(
        engine, number[0], IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT, "counsellors");
    assertTask(engine, number[1], ReintegrationProcess.TASK_APPROVE_PLAN, "mission-deu");
    assertThat(instance(engine, number[1], InboundReturnProcess.KEY)).isNotNull();

    String eligibility = instance(engine, number[2], EligibilityProcess.KEY);
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(eligibility)
                .activityId(EligibilityProcess.TASK_CHECK_MIGRATION_STATUS)
                .count())
        .as("incident on the Ministry's status check of %s", number[2])
        .isEqualTo(1);

    assertTask(engine, number[3], TravelProcess.TASK_BOOK_JOURNEY, "movement-officers");

    String preDeparture = instance(engine, number[4], PreDepartureProcess.KEY);
    assertThat(
            engine
                .getRuntimeService()
                .createEventSubscriptionQuery()
                .processInstanceId(preDeparture)
                .eventName(PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED)
                .count())
        .as("%s waits for the Ministry's exit clearance", number[4])
        .isEqualTo(1);
    assertThat(
            engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number[4]).count())
        .as("nothing else left to do in pre-departure")
        .isZero();

    HistoricProcessInstance referred =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(number[5])
            .processDefinitionKey(OutboundReturnProcess.KEY)
            .singleResult();
    assertThat(referred.getEndTime()).isNotNull();
    assertThat(referred.getEndActivityId())
        .isEqualTo(OutboundReturnProcess.END_EVENT_CLOSED_BEFORE_DEPARTURE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(referred.getId())
                .activityId(OutboundReturnProcess.END_EVENT_REFERRED_TO_UNHCR)
                .finished()
                .count())
        .as("%s closed as referred to UNHCR", number[5])
        .isEqualTo(1);

    assertTask(
        engine, number[6], IntakeCounsellingProcess.TASK_HOLD_COUNSELLING_SESSION, "counsellors");
    assertTask(engine, number[7], InboundReturnProcess.TASK_PREPARE_RECEPTION, "movement-officers");
  }

  private static void assertTask(
      ProcessEngine engine, String caseNumber, String taskKey, String group) {
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey)
                .taskCandidateGroup(group)
                .count())
        .as("%s waits at %s for %s", caseNumber, taskKey, group)
        .isEqualTo(1);
  }

  private static String instance(ProcessEngine engine, String caseNumber, String processKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(processKey)
        .singleResult()
        .getId();
  }

  /** Cases (outbound and inbound), open or closed. */
  private static long cases(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    return List.of(OutboundReturnProcess.KEY, InboundReturnProcess.KEY).stream()
        .mapToLong(
            key ->
                engine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(key)
                    .count())
        .sum();
  }

  /** Slot to case number, as the demo office recorded them. */
  private static Map<Integer, String> demoCases(ConfigurableApplicationContext app) {
    Map<Integer, String> slots = new LinkedHashMap<>();
    new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
        .query(
            "SELECT slot, case_number FROM avrr_demo_case ORDER BY slot",
            row -> {
              slots.put(row.getInt(1), row.getString(2));
            });
    return slots;
  }

  /** What a newcomer sees in the browser: work in Tasklist, an incident in Cockpit. */
  private void lookAsANewcomer(Map<Integer, String> slots, long opened) {
    if (!Browser.usable(DemoOfficeProfileIT.class)) {
      return;
    }
    String baseUrl = "http://127.0.0.1:" + port;
    try (Browser counsellor =
        Browser.open(baseUrl, "demoOfficeIt" + run, DemoOfficeProfileIT.class, "counsellor")) {
      Tasklist tasklist = Tasklist.logIn(counsellor, "counsellor").filter("My group's tasks");
      counsellor.until(d -> tasklist.caseNumbers().size() == 2 ? true : null);
      counsellor.shot("counsellors-demo-tasks");
      assertThat(tasklist.caseNumbers()).containsExactlyInAnyOrder(slots.get(0), slots.get(6));
    }
    try (Browser mission =
        Browser.open(baseUrl, "demoOfficeIt" + run, DemoOfficeProfileIT.class, "mission-deu")) {
      Tasklist tasklist = Tasklist.logIn(mission, "mission-deu").filter("Plans awaiting approval");
      mission.until(d -> tasklist.caseNumbers().contains(slots.get(1)) ? true : null);
      mission.shot("iom-germany-demo-plan");
    }
    try (Browser manager =
        Browser.open(baseUrl, "demoOfficeIt" + run, DemoOfficeProfileIT.class, "manager")) {
      Cockpit cockpit = Cockpit.logIn(manager, "manager");
      manager.sees("Open Incidents");
      manager.shot("cockpit-dashboard");
      cockpit.caseHistory(slots.get(2));
      manager.sees("Incident: ");
      manager.shot("the-demo-incident");
      // The demo office's figures: its cases, opened today, counted and drawn.
      cockpit.reports();
      manager.until(
          d ->
              d.findElement(By.id("avrr-report-returns"))
                      .getText()
                      .contains("In the period: " + opened + " opened")
                  ? true
                  : null);
      assertThat(
              ((Number)
                      manager.script(
                          "return Chart.getChart(document.getElementById('avrr-chart-returns'))"
                              + ".data.datasets.find(s => s.label === 'Opened').data"
                              + ".reduce((a, b) => a + b, 0);"))
                  .longValue())
          .isEqualTo(opened);
      manager.shot("reports-demo-office");
    }
  }

  /** Cases whose statistics record says they opened in the last twelve months (the default). */
  private static long casesOpenedThisYear(ConfigurableApplicationContext app) {
    Long opened =
        new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
            .queryForObject(
                "SELECT COUNT(*) FROM avrr_case_statistics WHERE opened_on >= ?",
                Long.class,
                java.sql.Date.valueOf(
                    java.time.YearMonth.now(java.time.ZoneId.of("Europe/Minsk"))
                        .minusMonths(11)
                        .atDay(1)));
    assertThat(opened).as("the demo cases' statistics records").isGreaterThanOrEqualTo(8);
    return opened;
  }

  private static int seeding(ConfigurableApplicationContext app) throws Exception {
    return app.getBean(DemoOffice.class).seeding().get(3, TimeUnit.MINUTES);
  }

  /** The embedded default on this test's H2 file, on free ports, seeding {@code cases}. */
  private ConfigurableApplicationContext start(int cases) {
    run++;
    port = TestSocketUtils.findAvailableTcpPort();
    return new SpringApplicationBuilder(AvrrWorkflowApplication.class)
        .run(
            "--server.port=" + port,
            "--spring.mail.port=" + TestSocketUtils.findAvailableTcpPort(),
            "--spring.datasource.url=jdbc:h2:file:"
                + data.resolve("avrr").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE",
            "--camunda.bpm.job-execution.enabled=true",
            // The sandbox decides exit clearances within a second, not the default's 20 seconds.
            "--avrr.sandbox.callback-delay=PT0.5S",
            "--avrr.callbacks.redelivery-interval=PT1S",
            "--avrr.demo.cases=" + cases,
            // Camunda registers engines by name in a static registry: one per start of this JVM.
            "--camunda.bpm.process-engine-name=demoOfficeIt" + run);
  }
}
