package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The inbound case through the application's HTTP doors: IOM Germany's system refers a returnee,
 * the office and the mission work the case through the REST API as Tasklist does, the sandbox State
 * Border Committee registers the arrival over HTTP; and who may see and touch the case.
 */
class InboundCaseIT extends CaseApiIT {

  private static final String REFERRALS_DEU = "/api/referrals/mission-deu";
  private static final String MISSION_PASSWORD = "sandbox-callback-secret";

  @Test
  void aSendingMissionsReferralIsWalkedToClosure() {
    String reference = "DEU-IT-" + System.nanoTime();
    ResponseEntity<Map<String, Object>> created =
        postCallback(REFERRALS_DEU, "mission-deu", MISSION_PASSWORD, referral(reference));
    ResponseEntity<Map<String, Object>> repeated =
        postCallback(REFERRALS_DEU, "mission-deu", MISSION_PASSWORD, referral(reference));

    assertThat(status(created)).as("%s", created.getBody()).isEqualTo(201);
    String caseNumber = (String) created.getBody().get("caseNumber");
    assertThat(caseNumber).matches("BY-\\d{4}-\\d{6}");
    assertThat(status(repeated)).isEqualTo(200);
    assertThat(repeated.getBody())
        .containsEntry("status", "ALREADY_RECEIVED")
        .containsEntry("caseNumber", caseNumber);

    walkInboundToReintegration(caseNumber, "mission-deu");
    walkReintegrationToClosure(caseNumber, "reintegration-officer", "mission-deu");

    HistoricProcessInstance inbound = inboundCase(caseNumber);
    assertThat(inbound.getEndActivityId()).isEqualTo(InboundReturnProcess.END_EVENT_CASE_CLOSED);
    assertThat((String) variable(inbound, "arrivalRegistrationReference")).startsWith("SBC-A-");
    assertThat(variable(inbound, ReintegrationProcess.REINTEGRATION_OUTCOME.name()))
        .isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForList(
                "SELECT operation, outcome, http_status FROM avrr_touchpoint_exchange"
                    + " WHERE case_number = ? ORDER BY id",
                caseNumber))
        .containsExactly(
            Map.of("OPERATION", "ARRIVAL_REGISTRATION", "OUTCOME", "ANSWERED", "HTTP_STATUS", 201));
    assertThat(capturedMail())
        .anySatisfy(
            message -> {
              assertThat(message.get("subject"))
                  .isEqualTo(
                      "[" + caseNumber + "] Reintegration plan awaiting your approval (version 1)");
              assertThat((String) message.get("to")).contains("avrr-mission-deu@iom.example");
            })
        .anySatisfy(
            message -> {
              assertThat((String) message.get("subject"))
                  .startsWith("[" + caseNumber + "] Reintegration monitoring report");
              assertThat((String) message.get("to")).contains("avrr-mission-deu@iom.example");
            });
    Map<String, Object> statistics =
        jdbc.queryForMap("SELECT * FROM avrr_case_statistics WHERE case_number = ?", caseNumber);
    assertThat(statistics)
        .containsEntry("FLOW", "inbound")
        .containsEntry("MISSION", "mission-deu")
        .containsEntry("COUNTRY", "DE")
        .containsEntry("OUTCOME", "reintegration-closed");
    assertThat(statistics.get("PROGRAMME")).isNotNull();
    assertThat(statistics.get("SEX")).isNotNull();
    assertThat(statistics.get("AGE_BAND")).isNotNull();
    assertThat(statistics.get("DEPARTED_ON")).isNotNull();
    assertThat(statistics.get("ARRIVED_ON")).isNotNull();
    assertThat(statistics.get("PLAN_APPROVED_ON")).isNotNull();
    assertThat(statistics.get("CLOSED_ON")).isNotNull();
  }

  @Test
  void aReferralIsRefusedWithEveryReasonAndOpensNoCase() {
    String reference = "DEU-BAD-" + System.nanoTime();

    ResponseEntity<Map<String, Object>> anonymous =
        postCallback(REFERRALS_DEU, null, null, referral(reference));
    ResponseEntity<Map<String, Object>> otherMission =
        postCallback(REFERRALS_DEU, "mission-irq", MISSION_PASSWORD, referral(reference));
    ResponseEntity<Map<String, Object>> notAMission =
        postCallback(
            "/api/referrals/migration-authority",
            "ministry",
            MISSION_PASSWORD,
            referral(reference));
    ResponseEntity<Map<String, Object>> malformed =
        postCallback(REFERRALS_DEU, "mission-deu", MISSION_PASSWORD, "{\"reference\": ");
    ResponseEntity<Map<String, Object>> invalid =
        postCallback(
            REFERRALS_DEU,
            "mission-deu",
            MISSION_PASSWORD,
            referral(reference)
                .replace("\"citizenship\": \"BY\"", "\"citizenship\": \"DE\"")
                .replace("\"consentToShareData\": true", "\"consentToShareData\": false"));

    assertThat(status(anonymous)).isEqualTo(401);
    assertThat(status(otherMission)).isEqualTo(401);
    assertThat(status(notAMission)).isEqualTo(401);
    assertThat(status(malformed)).isEqualTo(400);
    assertThat(malformed.getBody()).containsEntry("code", "MALFORMED_BODY");
    assertThat(status(invalid)).isEqualTo(400);
    assertThat(invalid.getBody()).containsEntry("code", "INVALID_REFERRAL");
    assertThat((String) invalid.getBody().get("message"))
        .contains("returnee.citizenship must be BY")
        .contains("consentToShareData must be true");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(InboundReturnProcess.KEY)
                .variableValueEquals("sendingMissionReference", reference)
                .count())
        .isZero();
  }

  /**
   * IOM Germany sees and works its own case's task and reads its data through it; IOM Iraq sees
   * nothing of it; a manager reads everything and changes nothing.
   */
  @Test
  void aSendingMissionSeesOnlyItsOwnCasesAndManagersReadWithoutChanging() {
    String caseNumber = referInbound("mission-deu", "DEU-AUTH-" + System.nanoTime());
    submit(
        taskOf(caseNumber, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION),
        "movement-officer",
        Map.of(
            "meetAndGreetArranged", value(true, "Boolean"),
            "onwardTransportArranged", value("Train to Hrodna, 18:10.", "String")));

    Map<String, Object> task =
        taskOf(caseNumber, "mission-deu", InboundReturnProcess.TASK_CONFIRM_DEPARTURE);
    String taskId = (String) task.get("id");
    ResponseEntity<Map<String, Object>> ownForm =
        restAs("mission-deu")
            .get()
            .uri("/task/{id}/form-variables", taskId)
            .retrieve()
            .toEntity(OBJECT);
    assertThat(status(ownForm)).isEqualTo(200);
    assertThat(ownForm.getBody()).containsKey("surname");

    // Another mission: no task, no form, no variables, no case, no history.
    assertThat(tasksOfCase("mission-irq", caseNumber)).isEmpty();
    assertThat(
            status(
                restAs("mission-irq")
                    .get()
                    .uri("/task/{id}/form-variables", taskId)
                    .retrieve()
                    .toEntity(String.class)))
        .isIn(403, 404);
    assertThat(
            status(
                restAs("mission-irq")
                    .post()
                    .uri("/task/{id}/submit-form", taskId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(
                        Map.of(
                            "variables", Map.of("departureOutcome", value("DEPARTED", "String"))))
                    .retrieve()
                    .toEntity(String.class)))
        .isIn(403, 404);
    assertThat(
            status(
                restAs("mission-irq")
                    .post()
                    .uri("/task/{id}/claim", taskId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("userId", "mission-irq"))
                    .retrieve()
                    .toEntity(String.class)))
        .isIn(403, 404);
    for (String mission : List.of("mission-irq", "mission-deu")) {
      assertThat(listOf(mission, "/process-instance?businessKey=" + caseNumber))
          .as("%s reads the case only through its tasks", mission)
          .isEmpty();
      assertThat(
              listOf(mission, "/history/process-instance?processInstanceBusinessKey=" + caseNumber))
          .isEmpty();
      assertThat(listOf(mission, "/variable-instance?variableName=surname&maxResults=2000"))
          .noneSatisfy(v -> assertThat(v.get("value")).isEqualTo("Kovalenko"));
    }
    assertThat(
            listOf(
                "mission-irq", "/history/variable-instance?variableName=surname&maxResults=2000"))
        .noneSatisfy(v -> assertThat(v.get("value")).isEqualTo("Kovalenko"));

    // A manager reads the case and its data, but cannot change it or work its task.
    List<Map<String, Object>> instances =
        listOf("manager", "/process-instance?businessKey=" + caseNumber);
    assertThat(instances).hasSize(1);
    String instanceId = (String) instances.get(0).get("id");
    ResponseEntity<Map<String, Object>> variables =
        restAs("manager")
            .get()
            .uri("/process-instance/{id}/variables", instanceId)
            .retrieve()
            .toEntity(OBJECT);
    assertThat(status(variables)).isEqualTo(200);
    assertThat(variables.getBody()).containsKey("surname");
    assertThat(
            status(
                restAs("manager")
                    .put()
                    .uri("/process-instance/{id}/variables/surname", instanceId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(value("Changed", "String"))
                    .retrieve()
                    .toEntity(String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                restAs("manager")
                    .post()
                    .uri("/task/{id}/submit-form", taskId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(
                        Map.of(
                            "variables", Map.of("departureOutcome", value("DEPARTED", "String"))))
                    .retrieve()
                    .toEntity(String.class)))
        .isEqualTo(403);
    // ...and the mission's task is still open for the mission.
    assertThat(taskOf(caseNumber, "mission-deu", InboundReturnProcess.TASK_CONFIRM_DEPARTURE))
        .isNotNull();
  }

  /** Tasklist's "Vulnerable cases first" sorts by task priority, raised for vulnerable people. */
  @Test
  void aVulnerableReturneesTasksComeFirst() {
    String reference = "DEU-VUL-" + System.nanoTime();
    ResponseEntity<Map<String, Object>> created =
        postCallback(
            REFERRALS_DEU,
            "mission-deu",
            MISSION_PASSWORD,
            referral(reference)
                .replace(
                    "\"needs\": {\"meetAndGreet\": true,",
                    "\"needs\": {\"vulnerable\": true, \"meetAndGreet\": true,"));
    assertThat(status(created)).as("%s", created.getBody()).isEqualTo(201);
    String vulnerable = (String) created.getBody().get("caseNumber");
    String other = referInbound("mission-deu", "DEU-STD-" + System.nanoTime());

    assertThat(
            taskOf(vulnerable, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION)
                .get("priority"))
        .isEqualTo(80);
    assertThat(
            taskOf(other, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION)
                .get("priority"))
        .isEqualTo(50);
  }

  private List<Map<String, Object>> tasksOfCase(String user, String caseNumber) {
    return listOf(user, "/task?processInstanceBusinessKey=" + caseNumber);
  }

  private static List<Map<String, Object>> listOf(String user, String query) {
    // Unbounded queries are refused (query-max-results-limit), as Tasklist and Cockpit page.
    String uri = query.contains("maxResults=") ? query : query + "&maxResults=100";
    ResponseEntity<String> answer = restAs(user).get().uri(uri).retrieve().toEntity(String.class);
    assertThat(status(answer)).as("GET %s as %s: %s", uri, user, answer.getBody()).isEqualTo(200);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue(
              answer.getBody(),
              new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private HistoricProcessInstance inboundCase(String caseNumber) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(InboundReturnProcess.KEY)
        .singleResult();
  }
}
