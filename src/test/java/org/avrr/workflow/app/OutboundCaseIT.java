package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A counsellor opens a case through the start form's REST endpoint (as Tasklist does) and the
 * office's officers and the receiving mission work it to "arrival confirmed", with the sandbox
 * Ministry and border authority answering over HTTP and by callback.
 */
class OutboundCaseIT extends CaseApiIT {

  private static final String MISSION_IRQ_ARRIVAL = "/api/callbacks/mission-irq/arrival";
  private static final String MISSION_DEU_ARRIVAL = "/api/callbacks/mission-deu/arrival";
  private static final String MISSION_IRQ_PLAN = "/api/callbacks/mission-irq/reintegration-plan";
  private static final String MISSION_DEU_PLAN = "/api/callbacks/mission-deu/reintegration-plan";

  /** The embedded default's callback password of every mission (application.yaml). */
  private static final String MISSION_PASSWORD = "sandbox-callback-secret";

  @Test
  void aCaseIsWalkedFromApplicationToClosure() {
    String caseNumber = startCase("A7654321");

    walkToDeparture(caseNumber);

    // Arrival: IOM Iraq confirms in Tasklist.
    beforeStep("arrival");
    Map<String, Object> arrivalTask =
        taskOf(caseNumber, "mission-irq", ArrivalProcess.TASK_CONFIRM_ARRIVAL);
    submit(
        arrivalTask,
        "mission-irq",
        Map.of(
            ArrivalProcess.ARRIVAL_REPORT.name(), value("ARRIVED", "String"),
            ArrivalProcess.ARRIVED_ON.name(), value(today(), "String")));

    // Reintegration: IOM Iraq counsels, drafts and monitors; the office approves and pays.
    walkReintegrationToClosure(caseNumber, "mission-irq", "case-manager");

    HistoricProcessInstance outboundCase = historicCase(caseNumber);
    assertThat(outboundCase.getEndActivityId())
        .isEqualTo(OutboundReturnProcess.END_EVENT_REINTEGRATION_CLOSED);
    assertThat(variable(outboundCase, ReintegrationProcess.REINTEGRATION_OUTCOME.name()))
        .isEqualTo("COMPLETED");
    assertThat(variable(outboundCase, TravelProcess.DEPARTURE_CONFIRMED_BY.name()))
        .isEqualTo(TravelProcess.CONFIRMED_BY_BORDER_AUTHORITY);
    assertThat(variable(outboundCase, MIGRATION_LEGAL_STATUS.name())).isEqualTo("IRREGULAR_STAY");
    assertThat((String) variable(outboundCase, STATUS_CHECK_REFERENCE.name())).startsWith("MIA-");
    assertThat(variable(outboundCase, PreDepartureProcess.EXIT_CLEARANCE_DECISION.name()))
        .isEqualTo("CLEARED");
    assertThat(variable(outboundCase, PreDepartureProcess.EXIT_CLEARANCE_ANSWERED_BY.name()))
        .isEqualTo(PreDepartureProcess.ANSWERED_BY_MINISTRY_CALLBACK);
    assertThat(
            jdbc.queryForList(
                "SELECT operation, outcome, http_status FROM avrr_touchpoint_exchange"
                    + " WHERE case_number = ? ORDER BY id",
                caseNumber))
        .containsExactly(
            Map.of("OPERATION", "STATUS_CHECK", "OUTCOME", "ANSWERED", "HTTP_STATUS", 200),
            Map.of(
                "OPERATION", "EXIT_CLEARANCE_REQUEST", "OUTCOME", "ANSWERED", "HTTP_STATUS", 202),
            Map.of(
                "OPERATION", "DEPARTURE_NOTIFICATION", "OUTCOME", "ANSWERED", "HTTP_STATUS", 202));
    assertThat(capturedMail())
        .anySatisfy(
            message -> {
              assertThat(message.get("subject"))
                  .isEqualTo("[" + caseNumber + "] AVRR case summary: return from Belarus");
              assertThat((String) message.get("to")).contains("avrr-mission-irq@iom.example");
            })
        .anySatisfy(
            message -> {
              assertThat((String) message.get("subject"))
                  .startsWith("[" + caseNumber + "] AVRR itinerary");
              assertThat((String) message.get("to")).contains("avrr-mission-irq@iom.example");
            })
        .anySatisfy(
            message -> {
              assertThat(message.get("subject"))
                  .isEqualTo("[" + caseNumber + "] Reintegration plan approved");
              assertThat((String) message.get("to")).contains("avrr-mission-irq@iom.example");
            })
        .anySatisfy(
            message -> {
              // The office reads its notices in Russian (avrr.notification.office-language).
              assertThat((String) message.get("subject"))
                  .startsWith("[" + caseNumber + "] Отчёт о мониторинге реинтеграции (визит 3)");
              assertThat((String) message.get("to")).contains("case-managers@office.example");
            });
    // The case's statistics record: its categories, milestones and outcome, and nothing personal.
    Map<String, Object> record =
        jdbc.queryForMap("SELECT * FROM avrr_case_statistics WHERE case_number = ?", caseNumber);
    String today = today();
    assertThat(record)
        .containsEntry("FLOW", "outbound")
        .containsEntry("COUNTRY", "IQ")
        .containsEntry("MISSION", "mission-irq")
        .containsEntry("SEX", "M")
        .containsEntry("AGE_BAND", "adult")
        .containsEntry("OUTCOME", "reintegration-closed")
        .containsEntry("CLOSURE_REASON", "COMPLETED")
        .containsEntry("UNACCOMPANIED_CHILD", false);
    assertThat(record.get("PROGRAMME")).isNotNull();
    for (String milestone :
        List.of(
            "OPENED_ON",
            "APPLIED_ON",
            "FIRST_CONTACT_ON",
            "DECLARATION_ON",
            "ELIGIBILITY_ON",
            "EXIT_CLEARANCE_ON",
            "TRAVEL_DOCUMENT_ON",
            "DEPARTED_ON",
            "ARRIVED_ON",
            "PLAN_APPROVED_ON",
            "FIRST_INSTALMENT_ON",
            "CLOSED_ON")) {
      assertThat(String.valueOf(record.get(milestone))).as(milestone).isEqualTo(today);
    }
    assertThat((Integer) record.get("INSTALMENTS_PAID")).isPositive();
    assertThat(record.get("GRANT_COMMITTED")).isNotNull();
    assertThat(record.get("GRANT_PAID")).isNotNull();
    // The plan's one component, committed when approved and paid in its two instalments.
    assertThat(
            jdbc.queryForList(
                "SELECT component_type, committed, paid FROM avrr_grant_component"
                    + " WHERE case_instance_id = ?",
                record.get("CASE_INSTANCE_ID")))
        .singleElement()
        .satisfies(
            component -> {
              assertThat(component).containsEntry("COMPONENT_TYPE", "BUSINESS_START_UP");
              assertThat((java.math.BigDecimal) component.get("COMMITTED"))
                  .isEqualByComparingTo("1000");
              assertThat((java.math.BigDecimal) component.get("PAID")).isEqualByComparingTo("1000");
            });
    assertThat(record.get("RSS_ECONOMIC_BASELINE")).isNotNull();
    assertThat(record.get("RSS_ECONOMIC_LATEST")).isNotNull();
    assertThat(record.values())
        .as("nothing that names the person")
        .doesNotContain("Rahimi", "Farid", "A7654321", "1990-07-01", "Sulaymaniyah");
  }

  /**
   * IOM Iraq's own case system reports the arrival by callback, quoting the reference of the
   * itinerary mail; another mission's system may not, whatever it quotes.
   */
  @Test
  void aReceivingMissionsSystemConfirmsTheArrivalByCallback() {
    String caseNumber = startCase("A7654322");
    walkToDeparture(caseNumber);
    String reference = arrivalConfirmationReference(caseNumber);
    assertThat(reference).isEqualTo(caseNumber + ":Task_ConfirmArrival#1");
    String report =
        """
        {"caseNumber": "%s", "requestKey": "%s", "outcome": "ARRIVED", "arrivedOn": "%s",
         "receptionNotes": "Met at Baghdad airport by IOM staff."}"""
            .formatted(caseNumber, reference, today());

    ResponseEntity<Map<String, Object>> otherMission =
        postCallback(MISSION_DEU_ARRIVAL, "mission-deu", MISSION_PASSWORD, report);
    ResponseEntity<Map<String, Object>> borrowedPath =
        postCallback(MISSION_IRQ_ARRIVAL, "mission-deu", MISSION_PASSWORD, report);
    ResponseEntity<Map<String, Object>> confirmed =
        postCallback(MISSION_IRQ_ARRIVAL, "mission-irq", MISSION_PASSWORD, report);
    ResponseEntity<Map<String, Object>> repeated =
        postCallback(MISSION_IRQ_ARRIVAL, "mission-irq", MISSION_PASSWORD, report);

    assertThat(status(otherMission)).isEqualTo(403);
    assertThat(otherMission.getBody()).containsEntry("code", "NOT_YOUR_CASE");
    assertThat(status(borrowedPath)).isEqualTo(401);
    assertThat(status(confirmed)).isEqualTo(200);
    assertThat(confirmed.getBody()).containsEntry("status", "DELIVERED");
    assertThat(status(repeated)).isEqualTo(200);
    assertThat(repeated.getBody()).containsEntry("status", "ALREADY_RECEIVED");
    HistoricProcessInstance outboundCase = historicCase(caseNumber);
    assertThat(variable(outboundCase, ArrivalProcess.ARRIVAL_OUTCOME.name()))
        .isEqualTo("CONFIRMED");
    assertThat(variable(outboundCase, ArrivalProcess.RECEPTION_NOTES.name()))
        .isEqualTo("Met at Baghdad airport by IOM staff.");
    // The case goes on to reintegration, with IOM Iraq.
    assertThat(taskOf(caseNumber, "mission-irq", ReintegrationProcess.TASK_ASSESS_NEEDS))
        .isNotNull();
  }

  /**
   * IOM Iraq's own case system submits the reintegration plan it drafted, quoting the draft's
   * reference; another mission may not, and the plan goes on to the office's approver.
   */
  @Test
  void aReceivingMissionsSystemSubmitsTheReintegrationPlanByCallback() {
    String caseNumber = startCase("A7654323");
    walkToDeparture(caseNumber);
    submit(
        taskOf(caseNumber, "mission-irq", ArrivalProcess.TASK_CONFIRM_ARRIVAL),
        "mission-irq",
        Map.of(
            ArrivalProcess.ARRIVAL_REPORT.name(), value("ARRIVED", "String"),
            ArrivalProcess.ARRIVED_ON.name(), value(today(), "String")));
    assessNeeds(caseNumber, "mission-irq");
    String plan =
        """
        {"caseNumber": "%s", "requestKey": "%s:Task_DraftPlan#1",
         "components": [{"component": "BUSINESS_START_UP", "description": "Sewing machine",
                         "amount": 900, "modality": "IN_KIND", "supplier": "Erbil Sewing Supplies",
                         "instalments": 1, "firstDueMonths": 0}]}"""
            .formatted(caseNumber, caseNumber);

    ResponseEntity<Map<String, Object>> otherMission =
        postCallback(MISSION_DEU_PLAN, "mission-deu", MISSION_PASSWORD, plan);
    ResponseEntity<Map<String, Object>> submitted =
        postCallback(MISSION_IRQ_PLAN, "mission-irq", MISSION_PASSWORD, plan);

    assertThat(status(otherMission)).isEqualTo(403);
    assertThat(status(submitted)).as("%s", submitted.getBody()).isEqualTo(200);
    assertThat(submitted.getBody()).containsEntry("status", "DELIVERED");
    runJobsAt(caseNumber, ReintegrationProcess.TASK_NOTIFY_APPROVER);
    assertThat(taskOf(caseNumber, "case-manager", ReintegrationProcess.TASK_APPROVE_PLAN))
        .isNotNull();
  }

  /** As the mission reads it in the itinerary mail. */
  private static String arrivalConfirmationReference(String caseNumber) {
    String itinerary =
        capturedMail().stream()
            .filter(
                mail ->
                    ((String) mail.get("subject"))
                        .startsWith("[" + caseNumber + "] AVRR itinerary"))
            .map(mail -> (String) mail.get("body"))
            .findFirst()
            .orElseThrow();
    java.util.regex.Matcher reference =
        java.util.regex.Pattern.compile("Arrival confirmation reference[^:]*: (\\S+)")
            .matcher(itinerary);
    assertThat(reference.find()).as("reference in %s", itinerary).isTrue();
    return reference.group(1);
  }

  /**
   * From the application to the departure, as the office's officers work it, with the sandbox
   * Ministry and border authority answering.
   */
  @Test
  void aPendingCourtCaseAtTheMinistrySendsTheCaseToACaseManager() {
    String caseNumber = startCase("PC1234567");
    completeIntakeAndScreening(caseNumber); // this test is about the Ministry's answer

    runStatusCheck(caseNumber);

    Map<String, Object> review = taskOf(caseNumber, "case-manager");
    assertThat(review).containsEntry("taskDefinitionKey", TASK_REVIEW_ELIGIBILITY);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(
                    engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(org.avrr.workflow.eligibility.EligibilityProcess.KEY)
                        .singleResult()
                        .getId(),
                    ELIGIBILITY_REASON_CODE.name()))
        .isEqualTo("PENDING_PROCEEDINGS");
  }

  @Test
  void aMinistryOutageEndsInAnIncidentThatAManagerMayRetryButACounsellorMayNot() {
    String caseNumber = startCase("DOWN123456");
    completeIntakeAndScreening(caseNumber);
    String instance = eligibilityInstance(caseNumber);
    Job job =
        engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the sandbox answers 503: the job fails and loses one retry
      }
    }

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM avrr_touchpoint_exchange WHERE case_number = ? AND outcome = 'FAILED'",
                Integer.class,
                caseNumber))
        .isEqualTo(5);
    assertThat(
            status(
                restAs("counsellor")
                    .put()
                    .uri("/job/{id}/retries", job.getId())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("retries", 1))
                    .retrieve()
                    .toBodilessEntity()))
        .isEqualTo(403);
    assertThat(
            status(
                restAs("manager")
                    .put()
                    .uri("/job/{id}/retries", job.getId())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("retries", 1))
                    .retrieve()
                    .toBodilessEntity()))
        .isEqualTo(204);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count())
        .isZero();
  }

  @Test
  void aMissionUserCannotSeeOrCompleteACounsellorsTask() {
    String caseNumber = startCase("A1112223");
    Map<String, Object> task = taskOf(caseNumber, "counsellor");

    // Other tests' inbound cases may leave a task for the German mission in the shared database:
    // it sees those and nothing else - none of this case's, none of the office's.
    List<Map<String, Object>> missionTasks =
        restAs("mission-deu").get().uri("/task?maxResults=500").retrieve().body(LIST);
    assertThat(missionTasks)
        .noneMatch(seen -> task.get("processInstanceId").equals(seen.get("processInstanceId")))
        .allSatisfy(
            seen ->
                assertThat(engine.getTaskService().getIdentityLinksForTask((String) seen.get("id")))
                    .extracting(IdentityLink::getGroupId)
                    .contains("mission-deu"));
    assertThat(
            status(
                restAs("mission-deu")
                    .get()
                    .uri("/task/{id}", task.get("id"))
                    .retrieve()
                    .toBodilessEntity()))
        .isIn(403, 404);
    assertThat(
            status(
                restAs("mission-deu")
                    .get()
                    .uri("/task/{id}/form-variables", task.get("id"))
                    .retrieve()
                    .toBodilessEntity()))
        .isIn(403, 404);
    assertThat(
            status(
                restAs("mission-deu")
                    .post()
                    .uri("/task/{id}/submit-form", task.get("id"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("variables", Map.of()))
                    .retrieve()
                    .toBodilessEntity()))
        .isIn(403, 404);
    // Tasklist names the process of a mission's task: missions read the arrival model, no other.
    assertThat(
            listAs(
                "mission-deu", "/process-definition?key={key}&maxResults=10", ArrivalProcess.KEY))
        .extracting(definition -> definition.get("name"))
        .containsOnly("Arrival");
    assertThat(
            listAs(
                "mission-deu",
                "/process-definition?key={key}&maxResults=10",
                OutboundReturnProcess.KEY))
        .isEmpty();
    assertThat(
            listAs(
                "mission-deu",
                "/process-instance?processDefinitionKey={key}&maxResults=10",
                ArrivalProcess.KEY))
        .isEmpty();
  }

  /** A list query of the engine's REST API, as {@code user} makes it. */
  private static List<Map<String, Object>> listAs(String user, String uri, Object... arguments) {
    return restAs(user).get().uri(uri, arguments).retrieve().body(LIST);
  }

  @Test
  void aManagerReadsCasesButCannotWorkThem() {
    String caseNumber = startCase("A3334445");
    Map<String, Object> task = taskOf(caseNumber, "counsellor");

    List<Map<String, Object>> cases =
        restAs("manager")
            .get()
            .uri("/process-instance?businessKey={key}&maxResults=10", caseNumber)
            .retrieve()
            .body(LIST);
    assertThat(cases).isNotEmpty();
    assertThat(
            status(
                restAs("manager")
                    .post()
                    .uri("/task/{id}/submit-form", task.get("id"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("variables", Map.of()))
                    .retrieve()
                    .toBodilessEntity()))
        .isEqualTo(403);
    assertThat(
            status(
                restAs("manager")
                    .put()
                    .uri("/process-instance/{id}/variables/surname", cases.get(0).get("id"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(value("Changed", "String"))
                    .retrieve()
                    .toBodilessEntity()))
        .isEqualTo(403);
  }

  @Test
  void anInvalidTaskFormIsRefusedWith400AndAMessageTheCounsellorUnderstands() {
    String caseNumber = startCase("A5556667");
    Map<String, Object> task = taskOf(caseNumber, "counsellor");

    ResponseEntity<Map<String, Object>> answer =
        restAs("counsellor")
            .post()
            .uri("/task/{id}/submit-form", task.get("id"))
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Map.of(
                    "variables",
                    Map.of(
                        FIRST_CONTACT_DATE.name(),
                        value(LocalDate.now().plusDays(10).toString(), "String"),
                        "firstContactChannel",
                        value("CARRIER_PIGEON", "String"),
                        DATA_CONSENT.name(),
                        value(CONSENT_GIVEN, "String"))))
            .retrieve()
            .toEntity(OBJECT);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat((String) answer.getBody().get("message"))
        .contains("Contact made: must be one of the listed options")
        .contains("How consent was given: is required");
    assertThat(taskOf(caseNumber, "counsellor")).containsEntry("id", task.get("id"));
  }

  @Test
  void tasksCannotBeCompletedNorCasesStartedAroundTheirForms() {
    String caseNumber = startCase("A7778889");
    Map<String, Object> task = taskOf(caseNumber, "counsellor");

    ResponseEntity<Map<String, Object>> complete =
        restAs("counsellor")
            .post()
            .uri("/task/{id}/complete", task.get("id"))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("variables", Map.of(DATA_CONSENT.name(), value(CONSENT_GIVEN, "String"))))
            .retrieve()
            .toEntity(OBJECT);
    ResponseEntity<Map<String, Object>> start =
        restAs("counsellor")
            .post()
            .uri("/process-definition/key/{key}/start", OutboundReturnProcess.KEY)
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("variables", Map.of()))
            .retrieve()
            .toEntity(OBJECT);

    assertThat(complete.getStatusCode().value()).isEqualTo(400);
    assertThat((String) complete.getBody().get("message")).contains("submit-form");
    assertThat(start.getStatusCode().value()).isEqualTo(400);
    assertThat(taskOf(caseNumber, "counsellor")).containsEntry("id", task.get("id"));
  }

  @Test
  void caseManagersAreMailedWhenFirstContactIsOverdueAndOnlyAdministratorsReadTheMail() {
    String caseNumber =
        startCase("A2223334", LocalDate.now(ZoneId.of("Europe/Minsk")).minusDays(10).toString());
    String intake =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(org.avrr.workflow.counselling.IntakeCounsellingProcess.KEY)
            .singleResult()
            .getId();
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(intake)
            .timers()
            .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    Job notice =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(intake)
            .activityId(TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT)
            .singleResult();
    engine.getManagementService().executeJob(notice.getId());

    List<Map<String, Object>> mail =
        RestClient.create(baseUrl())
            .get()
            .uri("/mail.json")
            .headers(headers -> headers.setBasicAuth("admin", "admin"))
            .retrieve()
            .body(LIST);
    assertThat(mail)
        .anySatisfy(
            message -> {
              // In Russian: the office's language (avrr.notification.office-language).
              assertThat(message.get("subject"))
                  .isEqualTo("[" + caseNumber + "] Просрочен первый контакт");
              assertThat((String) message.get("to")).contains("case-managers@office.example");
            });
    List<Map<String, Object>> followUps =
        restAs("case-manager")
            .get()
            .uri(
                "/task?processInstanceBusinessKey={key}&candidateGroup=case-managers&maxResults=10",
                caseNumber)
            .retrieve()
            .body(LIST);
    assertThat(followUps)
        .singleElement()
        .satisfies(
            task ->
                assertThat(task)
                    .containsEntry("taskDefinitionKey", TASK_FOLLOW_UP_OVERDUE_FIRST_CONTACT));
    int counsellorReadsMail =
        RestClient.create(baseUrl())
            .get()
            .uri("/mail")
            .headers(headers -> headers.setBasicAuth("counsellor", "counsellor"))
            .exchange((request, response) -> response.getStatusCode().value());
    assertThat(counsellorReadsMail).isEqualTo(401);
    String page =
        RestClient.create(baseUrl())
            .get()
            .uri("/mail")
            .headers(headers -> headers.setBasicAuth("admin", "admin"))
            .retrieve()
            .body(String.class);
    assertThat(page).contains("[" + caseNumber + "] Просрочен первый контакт");
  }
}
