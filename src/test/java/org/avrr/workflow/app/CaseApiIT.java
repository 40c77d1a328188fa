package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;
import static org.avrr.workflow.eligibility.EligibilityProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The running application and the steps of an outbound case as its users take them through the REST
 * API (what Tasklist does), for integration tests that walk cases.
 */
public abstract class CaseApiIT extends ApplicationIT {

  protected static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  protected static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired protected JdbcTemplate jdbc;

  /** Intake through the engine's API, for tests about what happens after it. */
  protected void completeIntakeAndScreening(String caseNumber) {
    for (String key :
        List.of(
            TASK_RECORD_FIRST_CONTACT,
            TASK_HOLD_COUNSELLING_SESSION,
            TASK_SIGN_RETURN_DECLARATION,
            TASK_SCREEN_VULNERABILITY)) {
      String taskId =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceBusinessKey(caseNumber)
              .taskDefinitionKey(key)
              .singleResult()
              .getId();
      engine
          .getTaskService()
          .complete(
              taskId,
              Map.of(
                  DATA_CONSENT.name(), CONSENT_GIVEN,
                  COUNSELLING_DECISION.name(), DECISION_READY_TO_DECLARE,
                  RETURN_DECLARATION.name(), DECLARATION_SIGNED));
    }
    runJobsAt(caseNumber, GATEWAY_ASSESSMENTS_DONE);
  }

  protected String eligibilityInstance(String caseNumber) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(org.avrr.workflow.eligibility.EligibilityProcess.KEY)
        .singleResult()
        .getId();
  }

  protected String startCase(String documentNumber) {
    return startCase(documentNumber, today());
  }

  protected String startCase(String documentNumber, String applicationDate) {
    return startCase(documentNumber, applicationDate, "Rahimi", "Farid");
  }

  /** A case of a person with these names, as the counsellor typed them. */
  protected String startCase(
      String documentNumber, String applicationDate, String surname, String givenNames) {
    return startCase(documentNumber, applicationDate, surname, givenNames, "1990-07-01");
  }

  /** A case of a person with these names and this date of birth. */
  protected String startCase(
      String documentNumber,
      String applicationDate,
      String surname,
      String givenNames,
      String dateOfBirth) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SURNAME.name(), value(surname, "String"));
    variables.put(GIVEN_NAMES.name(), value(givenNames, "String"));
    variables.put(DATE_OF_BIRTH.name(), value(dateOfBirth, "String"));
    variables.put(PLACE_OF_BIRTH.name(), value("Sulaymaniyah", "String"));
    variables.put(SEX.name(), value("M", "String"));
    variables.put(CITIZENSHIP.name(), value("IQ", "String"));
    variables.put(COUNTRY_OF_RETURN.name(), value("IQ", "String"));
    variables.put(PLACE_OF_RETURN.name(), value("Sulaymaniyah", "String"));
    variables.put(IMMIGRATION_STATUS.name(), value("IRREGULAR_STAY", "String"));
    // In Belarus since January 2026, or two months before an earlier application.
    LocalDate arrived = LocalDate.of(2026, 1, 10);
    if (!arrived.isBefore(LocalDate.parse(applicationDate))) {
      arrived = LocalDate.parse(applicationDate).minusMonths(2);
    }
    variables.put(DATE_OF_ARRIVAL.name(), value(arrived.toString(), "String"));
    variables.put(DOCUMENT_TYPE.name(), value("PASSPORT", "String"));
    variables.put(DOCUMENT_NUMBER.name(), value(documentNumber, "String"));
    variables.put(HAS_OWN_MEANS_TO_RETURN.name(), value(false, "Boolean"));
    variables.put("languages", value("[\"KURDISH\"]", "Json"));
    variables.put(INTERPRETER_NEEDED.name(), value(false, "Boolean"));
    variables.put(APPLICATION_DATE.name(), value(applicationDate, "String"));
    variables.put(APPLICATION_CHANNEL.name(), value("REFERRAL", "String"));
    variables.put(REFERRAL_SOURCE.name(), value("UNHCR", "String"));
    variables.put(FAMILY_MEMBERS_TRAVELLING.name(), value(0, "Long"));
    ResponseEntity<Map<String, Object>> started =
        restAs("counsellor")
            .post()
            .uri("/process-definition/key/{key}/submit-form", OutboundReturnProcess.KEY)
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("variables", variables))
            .retrieve()
            .toEntity(OBJECT);
    assertThat(started.getStatusCode().value()).as("start: %s", started.getBody()).isEqualTo(200);
    String caseNumber = (String) started.getBody().get("businessKey");
    assertThat(caseNumber).matches("BY-\\d{4}-\\d{6}");
    return caseNumber;
  }

  /** The open task {@code key} of the case, as {@code user} sees it in Tasklist. */
  protected static Map<String, Object> taskOf(String caseNumber, String user, String key) {
    List<Map<String, Object>> tasks =
        restAs(user)
            .get()
            .uri(
                "/task?processInstanceBusinessKey={case}&taskDefinitionKey={key}&maxResults=10",
                caseNumber,
                key)
            .retrieve()
            .body(LIST);
    assertThat(tasks).as("%s's tasks %s of case %s", user, key, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  /**
   * Works a reintegration to its closure through the REST API, as Tasklist would: the field party
   * counsels and drafts a EUR 1,000 plan in two instalments, the approver approves, finance pays,
   * the field party makes the three monitoring visits (the last with its survey), a case manager
   * approves the closure. Timers are run as if their dates had come.
   */
  /** The field party's counselling and assessment, with a baseline survey of 3s. */
  protected void assessNeeds(String caseNumber, String fieldUser) {
    Map<String, Object> assessment = new java.util.HashMap<>();
    assessment.put("householdAdults", value(1, "Long"));
    assessment.put("householdMinors", value(0, "Long"));
    assessment.put("returneeVulnerable", value(false, "Boolean"));
    assessment.put("medicalNeeds", value(false, "Boolean"));
    assessment.put("familySituation", value("Lives with his parents and brothers.", "String"));
    assessment.put("skillsAndExperience", value("Six years as a tailor.", "String"));
    assessment.put("reintegrationAspirations", value("A tailoring workshop at home.", "String"));
    survey(assessment, "3");
    submit(
        taskOf(caseNumber, fieldUser, ReintegrationProcess.TASK_ASSESS_NEEDS),
        fieldUser,
        assessment);
  }

  protected void walkReintegrationToClosure(String caseNumber, String fieldUser, String approver) {
    walkToFirstInstalment(caseNumber, fieldUser, approver);
    beforeStep("instalment 1");
    payInstalment(caseNumber, "INV-2026-0141", true);
    beforeStep("instalment 2");
    runJobsAt(caseNumber, ReintegrationProcess.TIMER_EVENT_INSTALMENT_FALLS_DUE);
    payInstalment(caseNumber, "INV-2026-0388", false);

    for (int visit = 1; visit <= 3; visit++) {
      beforeStep("visit " + visit);
      runJobsAt(caseNumber, ReintegrationProcess.TIMER_EVENT_VISIT_DUE);
      Map<String, Object> report = new java.util.HashMap<>();
      report.put("contactOutcome", value("REACHED", "String"));
      report.put("visitedOn", value(today(), "String"));
      report.put("monitoringNotes", value("Workshop running, first orders.", "String"));
      report.put("rssSurveyTaken", value(visit == 3, "Boolean"));
      if (visit == 3) {
        survey(report, "4");
      }
      submit(
          taskOf(caseNumber, fieldUser, ReintegrationProcess.TASK_MONITOR_RETURNEE),
          fieldUser,
          report);
      runJobsAt(caseNumber, ReintegrationProcess.TASK_SEND_MONITORING_REPORT);
      if (visit == 1 && fieldUser.startsWith("mission-")) {
        missionSendsItsMonitoringReport(caseNumber, fieldUser);
      }
    }
    runJobsAt(caseNumber, ReintegrationProcess.GATEWAY_DELIVERY_AND_MONITORING_DONE);

    beforeStep("closure");
    submit(
        taskOf(caseNumber, "case-manager", ReintegrationProcess.TASK_APPROVE_CLOSURE),
        "case-manager",
        Map.of(
            "closureReason", value("COMPLETED", "String"),
            "closureNotes", value("Plan delivered, returnee doing well.", "String")));
    runJobsAt(caseNumber, ReintegrationProcess.TASK_NOTIFY_CLOSURE);
  }

  /**
   * Reintegration from the needs assessment to the plan's approval: the first instalment (EUR 500,
   * of a tailoring workshop's plan) is then finance's to pay.
   */
  protected void walkToFirstInstalment(String caseNumber, String fieldUser, String approver) {
    beforeStep("assessment");
    assessNeeds(caseNumber, fieldUser);
    beforeStep("plan");
    draftPlan(caseNumber, fieldUser);
    runJobsAt(caseNumber, ReintegrationProcess.TASK_NOTIFY_APPROVER);
    beforeStep("approval");
    submit(
        taskOf(caseNumber, approver, ReintegrationProcess.TASK_APPROVE_PLAN),
        approver,
        Map.of("planDecision", value("APPROVE", "String")));
    runJobsAt(caseNumber, ReintegrationProcess.TASK_NOTIFY_DECISION);
  }

  /**
   * Finance pays an instalment against the supplier's invoice: the scanned invoice is attached at
   * the task first (issue 17: a payment is not recorded without its evidence). With {@code
   * triedWithoutEvidence}, finance first submits without it and is refused, the case unchanged.
   */
  private static void payInstalment(
      String caseNumber, String invoice, boolean triedWithoutEvidence) {
    Map<String, Object> task =
        taskOf(caseNumber, "finance", ReintegrationProcess.TASK_PAY_INSTALMENT);
    Map<String, Object> payment =
        Map.of(
            "paidOn", value(today(), "String"),
            "amountPaid", value(500, "Double"),
            "evidenceType", value("INVOICE", "String"),
            "evidenceReference", value(invoice, "String"));
    if (triedWithoutEvidence) {
      ResponseEntity<String> refused = trySubmit(task, "finance", payment);
      assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
      assertThat(refused.getBody())
          .contains(
              "Evidence: attach the invoice (a scan or a photo) with \\\"Attach documents\\\" above"
                  + " the form first");
      assertThat(taskOf(caseNumber, "finance", ReintegrationProcess.TASK_PAY_INSTALMENT))
          .containsEntry("id", task.get("id"));
    }
    ResponseEntity<Map<String, Object>> attached =
        attachDocument(
            "finance", (String) task.get("id"), "INVOICE", invoice + ".pdf", scanOf(invoice));
    assertThat(attached.getStatusCode().value()).as("%s", attached.getBody()).isEqualTo(201);
    submit(task, "finance", payment);
  }

  /**
   * The mission's own case system attaches its monitoring report of the first visit to the case
   * (issue 17); sent again (its answer lost), it is the same document; another mission may not.
   */
  private void missionSendsItsMonitoringReport(String caseNumber, String mission) {
    MultiValueMap<String, Object> report =
        documentForm("MONITORING_REPORT", "visit-1-report.pdf", scanOf("visit 1 report"));
    report.add("caseNumber", caseNumber);
    report.add("reference", "MON-" + caseNumber + "-1");

    ResponseEntity<Map<String, Object>> added =
        postMissionDocument(mission, "sandbox-callback-secret", report);
    ResponseEntity<Map<String, Object>> again =
        postMissionDocument(mission, "sandbox-callback-secret", report);
    ResponseEntity<Map<String, Object>> stranger =
        postMissionDocument("mission-afg", "sandbox-callback-secret", report);
    ResponseEntity<Map<String, Object>> wrongSecret =
        postMissionDocument(mission, "guessed", report);

    assertThat(added.getStatusCode().value()).as("%s", added.getBody()).isEqualTo(201);
    assertThat(added.getBody())
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("kind", "MONITORING_REPORT")
        .containsEntry("addedBy", mission);
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody()).containsEntry("id", added.getBody().get("id"));
    assertThat(stranger.getStatusCode().value()).isEqualTo(404);
    assertThat(wrongSecret.getStatusCode().value()).isEqualTo(401);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM avrr_document WHERE case_number = ? AND kind ="
                    + " 'MONITORING_REPORT'",
                Integer.class,
                caseNumber))
        .isEqualTo(1);
  }

  private static ResponseEntity<Map<String, Object>> postMissionDocument(
      String mission, String password, MultiValueMap<String, Object> form) {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
        .build()
        .post()
        .uri("/api/mission-documents/{mission}", mission)
        .headers(headers -> headers.setBasicAuth(mission, password))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(form)
        .retrieve()
        .toEntity(OBJECT);
  }

  /** A small PDF standing for a scanned paper. */
  protected static byte[] scanOf(String what) {
    return ("%PDF-1.4\n% scan of " + what + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code user} attaches a file of {@code kind} to the case at task {@code taskId}. */
  protected static ResponseEntity<Map<String, Object>> attachDocument(
      String user, String taskId, String kind, String fileName, byte[] content) {
    return documentsClient(user)
        .post()
        .uri("/api/tasks/{task}/documents", taskId)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(documentForm(kind, fileName, content))
        .retrieve()
        .toEntity(OBJECT);
  }

  /** The form Tasklist's Documents tab sends: what the document is and the file, with its name. */
  protected static MultiValueMap<String, Object> documentForm(
      String kind, String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("kind", kind);
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    return body;
  }

  /** The documents API as {@code user} (HTTP Basic; anonymous when null); errors are answers. */
  protected static RestClient documentsClient(String user) {
    RestClient.Builder builder =
        RestClient.builder()
            .baseUrl(baseUrl())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {});
    if (user != null) {
      builder.defaultHeaders(headers -> headers.setBasicAuth(user, user));
    }
    return builder.build();
  }

  /** Every answer of the Reintegration Sustainability Survey the same. */
  private static void survey(Map<String, Object> form, String answer) {
    for (String indicator : ReintegrationProcess.RSS_INDICATORS) {
      form.put(indicator, value(answer, "String"));
    }
  }

  /** The job executor is off in tests: run the jobs waiting at {@code activityId} here. */
  protected void runJobsAt(String caseNumber, String activityId) {
    for (Job job : engine.getManagementService().createJobQuery().activityId(activityId).list()) {
      String businessKey =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(job.getProcessInstanceId())
              .singleResult()
              .getBusinessKey();
      if (caseNumber.equals(businessKey)) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  /** Waits for what arrives by itself (an authority's callback), up to 30 seconds. */
  protected void awaitPassed(String caseNumber, String activityId) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .activityId(activityId)
        .finished()
        .list()
        .stream()
        .noneMatch(
            activity ->
                caseNumber.equals(
                    engine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(activity.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()))) {
      assertThat(System.currentTimeMillis())
          .as("%s of %s passed", activityId, caseNumber)
          .isLessThan(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  protected static List<Map<String, Object>> capturedMail() {
    return RestClient.create(baseUrl())
        .get()
        .uri("/mail.json")
        .headers(headers -> headers.setBasicAuth("admin", "admin"))
        .retrieve()
        .body(LIST);
  }

  /** The one open task of the case, as {@code user} sees it in Tasklist. */
  protected static Map<String, Object> taskOf(String caseNumber, String user) {
    List<Map<String, Object>> tasks =
        restAs(user)
            .get()
            .uri("/task?processInstanceBusinessKey={key}&maxResults=10", caseNumber)
            .retrieve()
            .body(LIST);
    assertThat(tasks).as("%s's tasks of case %s", user, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  protected static void submit(
      Map<String, Object> task, String user, Map<String, Object> variables) {
    ResponseEntity<String> answer = trySubmit(task, user, variables);
    assertThat(answer.getStatusCode().value())
        .as("submit %s: %s", task.get("taskDefinitionKey"), answer.getBody())
        .isEqualTo(204);
  }

  /** Submits a task's form as {@code user}: the answer, whatever it is. */
  protected static ResponseEntity<String> trySubmit(
      Map<String, Object> task, String user, Map<String, Object> variables) {
    return restAs(user)
        .post()
        .uri("/task/{id}/submit-form", task.get("id"))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("variables", variables))
        .retrieve()
        .toEntity(String.class);
  }

  /** The job executor is off in tests: run the status check and its continuation here. */
  protected void runStatusCheck(String caseNumber) {
    runJobsAt(caseNumber, GATEWAY_ASSESSMENTS_DONE);
    for (int step = 0; step < 2; step++) {
      String instance =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(caseNumber)
              .processDefinitionKey(org.avrr.workflow.eligibility.EligibilityProcess.KEY)
              .singleResult()
              .getId();
      Job job =
          engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
      engine.getManagementService().executeJob(job.getId());
    }
  }

  protected HistoricProcessInstance historicCase(String caseNumber) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(OutboundReturnProcess.KEY)
        .singleResult();
  }

  protected Object variable(HistoricProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  protected static int status(ResponseEntity<?> answer) {
    return answer.getStatusCode().value();
  }

  /** The office's today by the engine's clock (a test may move it: ClockUtil). */
  protected static String today() {
    return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Europe/Minsk")).toString();
  }

  /**
   * Called before each step of the walks below, with its name: a test that moves the engine's clock
   * between steps does it here (ReportsFromWalkedCasesIT); nothing by default.
   */
  protected void beforeStep(String step) {}

  /** A callback as an outside party posts it; every answer, error or not, is returned. */
  protected static ResponseEntity<Map<String, Object>> postCallback(
      String path, String user, String password, String body) {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultStatusHandler(status -> status.isError(), (request, response) -> {})
        .build()
        .post()
        .uri(path)
        .headers(
            headers -> {
              if (user != null) {
                headers.setBasicAuth(user, password);
              }
            })
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(OBJECT);
  }

  /** A field worker's two-instalment plan for a tailoring workshop, submitted for approval. */
  protected void draftPlan(String caseNumber, String fieldUser) {
    Map<String, Object> plan = new java.util.HashMap<>();
    plan.put("component1", value("BUSINESS_START_UP", "String"));
    plan.put("description1", value("Sewing machine and fabric", "String"));
    plan.put("amount1", value(1000, "Long"));
    plan.put("modality1", value("IN_KIND", "String"));
    plan.put("supplier1", value("Local Sewing Supplies", "String"));
    plan.put("instalments1", value(2, "Long"));
    plan.put("firstDueMonths1", value(0, "Long"));
    plan.put("intervalMonths1", value(6, "Long"));
    submit(taskOf(caseNumber, fieldUser, ReintegrationProcess.TASK_DRAFT_PLAN), fieldUser, plan);
  }

  /** An outbound case walked by its counsellor and movement officer to "Book the journey". */
  protected void walkToTravelBooking(String caseNumber) {
    beforeStep("first contact");
    Map<String, Object> consentTask = taskOf(caseNumber, "counsellor");
    assertThat(consentTask).containsEntry("taskDefinitionKey", TASK_RECORD_FIRST_CONTACT);
    Map<String, Object> formVariables =
        restAs("counsellor")
            .get()
            .uri("/task/{id}/form-variables", consentTask.get("id"))
            .retrieve()
            .body(OBJECT);
    assertThat(formVariables).containsKeys(OutboundReturnProcess.CASE_NUMBER.name(), "surname");

    submit(
        consentTask,
        "counsellor",
        Map.of(
            FIRST_CONTACT_DATE.name(),
            value(today(), "String"),
            "firstContactChannel",
            value("IN_PERSON", "String"),
            DATA_CONSENT.name(),
            value(CONSENT_GIVEN, "String"),
            CONSENT_TYPE.name(),
            value("EXPLICIT_SIGNATURE", "String"),
            CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(),
            value(true, "Boolean"),
            CONSENT_TO_SHARE_WITH_AUTHORITIES.name(),
            value(true, "Boolean")));
    beforeStep("counselling");
    submit(
        taskOf(caseNumber, "counsellor"),
        "counsellor",
        Map.of(
            SESSION_DATE.name(),
            value(today(), "String"),
            "sessionMode",
            value("IN_PERSON", "String"),
            "interpreterUsed",
            value(false, "Boolean"),
            "topicsCovered",
            value("[\"AVRR_PROGRAMME\",\"TRAVEL\"]", "Json"),
            "sessionNotes",
            value("Explained the programme and the next steps.", "String"),
            COUNSELLING_DECISION.name(),
            value(DECISION_READY_TO_DECLARE, "String")));
    beforeStep("declaration");
    submit(
        taskOf(caseNumber, "counsellor"),
        "counsellor",
        Map.of(
            RETURN_DECLARATION.name(), value(DECLARATION_SIGNED, "String"),
            DECLARATION_DATE.name(), value(today(), "String"),
            DECLARATION_FORM.name(), value("SIGNATURE", "String")));
    Map<String, Object> screening = taskOf(caseNumber, "counsellor");
    assertThat(screening).containsEntry("taskDefinitionKey", TASK_SCREEN_VULNERABILITY);
    Map<String, Object> flags = new HashMap<>();
    for (String flag :
        List.of(
            UNACCOMPANIED_OR_SEPARATED_CHILD.name(),
            TRAFFICKING_INDICATORS.name(),
            HEALTH_NEEDS.name(),
            DISABILITY.name(),
            PREGNANCY.name(),
            SINGLE_PARENT.name(),
            TORTURE_OR_GBV_SURVIVOR.name())) {
      flags.put(flag, value(false, "Boolean"));
    }
    submit(screening, "counsellor", flags);

    beforeStep("status check");
    runStatusCheck(caseNumber);

    // Pre-departure: the movement officer's forms, the Ministry's decision by callback.
    beforeStep("travel document");
    submit(
        taskOf(caseNumber, "movement-officer", PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT),
        "movement-officer",
        Map.of(
            PreDepartureProcess.TRAVEL_DOCUMENT_CHECK.name(), value("VALID_PASSPORT", "String"),
            PreDepartureProcess.PASSPORT_NUMBER.name(), value("A7654321", "String"),
            PreDepartureProcess.PASSPORT_VALID_UNTIL.name(),
                value(LocalDate.now().plusYears(2).toString(), "String")));
    beforeStep("exit clearance");
    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    runJobsAt(caseNumber, PreDepartureProcess.TASK_REQUEST_EXIT_CLEARANCE);
    awaitPassed(caseNumber, PreDepartureProcess.EVENT_EXIT_CLEARANCE_ANSWERED);
    beforeStep("accommodation");
    runJobsAt(caseNumber, PreDepartureProcess.TASK_SEND_CASE_SUMMARY_TO_MISSION);
    submit(
        taskOf(caseNumber, "movement-officer", PreDepartureProcess.TASK_ARRANGE_ACCOMMODATION),
        "movement-officer",
        Map.of(
            "accommodationNeeded", value(false, "Boolean"),
            "pocketMoneyAmount", value(50, "Double"),
            "pocketMoneyCurrency", value("USD", "String")));
    runJobsAt(caseNumber, PreDepartureProcess.GATEWAY_TRACKS_DONE);

    // Travel: the movement officer plans and books; the sandbox border authority records the exit.
    beforeStep("route");
    submit(
        taskOf(caseNumber, "movement-officer", TravelProcess.TASK_PLAN_ROUTE),
        "movement-officer",
        Map.of(
            TravelProcess.EXIT_CROSSING_POINT.name(), value("MINSK_NATIONAL_AIRPORT", "String"),
            TravelProcess.ENTERED_VISA_FREE.name(), value(true, "Boolean")));
  }

  /** An outbound case walked to its departure: booked, checked, its exit recorded. */
  protected void walkToDeparture(String caseNumber) {
    walkToTravelBooking(caseNumber);
    // This morning's flight: the mission confirms the arrival today.
    beforeStep("booking");
    String departureDay = today();
    submit(
        taskOf(caseNumber, "movement-officer", TravelProcess.TASK_BOOK_JOURNEY),
        "movement-officer",
        Map.of(
            TravelProcess.FLIGHT_NUMBER.name(),
            value("TK388", "String"),
            TravelProcess.BOOKING_REFERENCE.name(),
            value("K7QX2P", "String"),
            TravelProcess.DEPARTURE_DATE.name(),
            value(departureDay, "String"),
            TravelProcess.DEPARTURE_TIME.name(),
            value("06:40", "String"),
            TravelProcess.ARRIVAL_DATE.name(),
            value(departureDay, "String"),
            TravelProcess.ARRIVAL_TIME.name(),
            value("14:05", "String"),
            "arrivalAirport",
            value("BGW", "String")));
    runJobsAt(caseNumber, TravelProcess.TASK_MAIL_ITINERARY);
    runJobsAt(caseNumber, TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
    runJobsAt(caseNumber, TravelProcess.TASK_NOTIFY_BORDER_AUTHORITY);
    runJobsAt(caseNumber, TravelProcess.GATEWAY_BOOKING_NOTIFIED);
    beforeStep("pre-embarkation");
    submit(
        taskOf(caseNumber, "movement-officer", TravelProcess.TASK_PRE_EMBARKATION_CHECK),
        "movement-officer",
        Map.of(
            TravelProcess.PRE_EMBARKATION_OUTCOME.name(), value("READY_TO_BOARD", "String"),
            TravelProcess.FIT_TO_TRAVEL_CONFIRMED.name(), value(true, "Boolean"),
            TravelProcess.VOLUNTARINESS_RECONFIRMED.name(), value(true, "Boolean"),
            TravelProcess.DOCUMENTS_HANDED_OVER.name(), value(true, "Boolean")));
    // The exit report may have come before the case waited for it: the inbox redelivers it.
    awaitPassed(caseNumber, TravelProcess.BOUNDARY_EVENT_EXIT_RECORDED);
  }

  /** A sending mission's referral of a Belarus national flying home today: the new case number. */
  protected static String referInbound(String mission, String reference) {
    ResponseEntity<Map<String, Object>> created =
        postCallback(
            "/api/referrals/" + mission, mission, "sandbox-callback-secret", referral(reference));
    assertThat(status(created)).as("%s", created.getBody()).isEqualTo(201);
    return (String) created.getBody().get("caseNumber");
  }

  /** Reception, departure confirmed by the sending mission, arrival, registration. */
  protected void walkInboundToReintegration(String caseNumber, String sendingMission) {
    submit(
        taskOf(caseNumber, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION),
        "movement-officer",
        Map.of(
            "meetAndGreetArranged", value(true, "Boolean"),
            "onwardTransportArranged", value("Train to Hrodna, 18:10.", "String")));
    submit(
        taskOf(caseNumber, sendingMission, InboundReturnProcess.TASK_CONFIRM_DEPARTURE),
        sendingMission,
        Map.of("departureOutcome", value("DEPARTED", "String")));
    submit(
        taskOf(caseNumber, "movement-officer", InboundReturnProcess.TASK_ASSIST_ARRIVAL),
        "movement-officer",
        Map.of(
            "arrivalReport",
            value("ARRIVED", "String"),
            ArrivalProcess.ARRIVED_ON.name(),
            value(today(), "String"),
            "arrivalAssistanceNotes",
            value("Met in the arrivals hall.", "String")));
    runJobsAt(caseNumber, InboundReturnProcess.TASK_REGISTER_ARRIVAL);
  }

  /** A sending mission's referral body: a returnee flying home today. */
  protected static String referral(String reference) {
    String today = LocalDate.now(ZoneId.of("Europe/Minsk")).toString();
    return """
        {"reference": "%s",
         "returnee": {"givenNames": "Aliaksandr", "surname": "Kovalenko",
                      "dateOfBirth": "1988-09-02", "sex": "M", "citizenship": "BY",
                      "documentType": "PASSPORT", "documentNumber": "MP1234567",
                      "placeOfReturn": "Hrodna"},
         "household": {"adults": 1, "minors": 0},
         "flight": {"flightNumber": "LH1486", "departureAirport": "FRA",
                    "departureDate": "%s", "arrivalDate": "%s", "arrivalTime": "15:40"},
         "needs": {"meetAndGreet": true, "onwardTransportTo": "Hrodna"},
         "programme": "STARTHILFE_PLUS",
         "consentToShareData": true}"""
        .formatted(reference, today, today);
  }

  /** A case manager's "Erase a closed case's personal data", as the start form submits it. */
  protected static ResponseEntity<String> startErasure(String user, String caseNumber) {
    return restAs(user)
        .post()
        .uri(
            "/process-definition/key/{key}/submit-form",
            org.avrr.workflow.casefile.CaseErasureProcess.KEY)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "variables",
                Map.of(
                    "caseToErase", value(caseNumber, "String"),
                    "erasureReason", value("DATA_SUBJECT_REQUEST", "String"),
                    "erasureAuthorisedBy", value("Data protection focal point", "String"),
                    "erasureDetails", value("Request received 2026-11-20", "String"),
                    "erasureConfirmed", value(true, "Boolean"))))
        .retrieve()
        .toEntity(String.class);
  }

  /** Lower-case letters at random: a name no other test's case carries. */
  protected static String randomLetters(int count) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
