package org.avrr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.junit.jupiter.api.Test;

/**
 * A 2xx means the step is on disk: on the embedded default (H2 file under {@code ./data}, as the
 * README starts it), counsellors record first contacts, the last answer comes back 2xx and the
 * process is killed at once ({@code kill -9}); restarted on the same files, every acknowledged step
 * is there and each case waits at the task after it.
 */
class HardKillIT {

  private static final int CASES = 3;

  @Test
  void stepsAcknowledgedJustBeforeAHardKillAreThereAfterTheRestart() throws Exception {
    Path out = Path.of("target/hard-kill").toAbsolutePath();
    Apps.deleteTree(out);
    Apps apps = new Apps(Path.of("target").toAbsolutePath(), out, Map.of());
    Path work = out.resolve("office");
    List<String> cases = new ArrayList<>();
    try (AppProcess office =
        apps.ours("office", work, Database.embeddedDefault(), null, Map.of())) {
      CaseWalks walks = new CaseWalks(new Ours(new OfficeHttp(office.baseUrl()), null), false);
      for (int i = 0; i < CASES; i++) {
        cases.add(walks.outbound(OutboundStage.FIRST_CONTACT));
      }
      // The first contacts one after the other, and the process killed the moment the last one
      // is answered: nothing the engine was told to keep may be only in memory by then.
      for (String caseNumber : cases) {
        walks.work(
            caseNumber,
            "counsellor",
            IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT,
            CaseWalks.firstContact(true));
      }
      office.kill();
    }

    try (AppProcess restarted =
        apps.ours("office", work, Database.embeddedDefault(), null, Map.of())) {
      OfficeHttp http = new OfficeHttp(restarted.baseUrl());
      for (String caseNumber : cases) {
        assertThat(openTasks(http, caseNumber))
            .as("case " + caseNumber + " after the restart")
            .containsExactly(IntakeCounsellingProcess.TASK_HOLD_COUNSELLING_SESSION);
      }
    }
  }

  /**
   * A background step running when the process dies is taken up again at once after the restart:
   * the Ministry is slow (sandbox fault), the status check's job waits for it, holding its lock,
   * and the process is killed. Restarted, the job is not left to its 5-minute lock: the case is at
   * the travel document check within a minute.
   */
  @Test
  void aStepRunningWhenTheProcessDiesRunsAgainSoonAfterTheRestart() throws Exception {
    Path out = Path.of("target/hard-kill-locked").toAbsolutePath();
    Apps.deleteTree(out);
    Apps apps = new Apps(Path.of("target").toAbsolutePath(), out, Map.of());
    Path work = out.resolve("office");
    String caseNumber;
    try (AppProcess office =
        apps.ours("office", work, Database.embeddedDefault(), null, Map.of())) {
      OfficeHttp http = new OfficeHttp(office.baseUrl());
      http.adminPut(
          "/sandbox/faults/ministry.status-check",
          OfficeHttp.JSON
              .createObjectNode()
              .put("kind", "SLOW")
              .put("times", 1)
              .put("delay", "PT60S"),
          "fault");
      CaseWalks walks = new CaseWalks(new Ours(http, null), false);
      caseNumber = walks.outbound(OutboundStage.STATUS_CHECK);
      CaseWalks.await(
          "the status check's job",
          () ->
              http.restGet(
                          "admin",
                          "/job?activityId="
                              + EligibilityProcess.TASK_CHECK_MIGRATION_STATUS
                              + "&maxResults=5",
                          "jobs")
                      .isEmpty()
                  ? null
                  : Boolean.TRUE);
      // The job executor takes it at once and waits for the slow Ministry (its read timeout is
      // 10 seconds): killed now, the job is still locked by this process.
      Thread.sleep(3_000);
      office.kill();
    }

    try (AppProcess restarted =
        apps.ours("office", work, Database.embeddedDefault(), null, Map.of())) {
      OfficeHttp http = new OfficeHttp(restarted.baseUrl());
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!openTasks(http, caseNumber)
          .contains(PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT)) {
        assertThat(System.nanoTime())
            .as("case " + caseNumber + " at the travel document check within a minute")
            .isLessThan(deadline);
        Thread.sleep(500);
      }
    }
  }

  private static List<String> openTasks(OfficeHttp http, String caseNumber) {
    List<String> keys = new ArrayList<>();
    for (JsonNode task :
        http.restGet(
            "admin",
            "/task?processInstanceBusinessKey=" + OfficeHttp.encode(caseNumber) + "&maxResults=20",
            "open tasks")) {
      keys.add(task.path("taskDefinitionKey").asText());
    }
    return keys;
  }
}
