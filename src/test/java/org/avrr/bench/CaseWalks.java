package org.avrr.bench;

import static org.avrr.bench.OfficeHttp.encode;
import static org.avrr.bench.OfficeHttp.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;

/**
 * Whole cases as the office's staff, the missions and the authorities take them: every task found,
 * opened with its form and variables, claimed and submitted through Tasklist's engine API; timers
 * that would wait months run by an operator's REST call; the authorities' answers posted when the
 * case waits for them. A walk can stop at a stage (the data generator leaves open cases there).
 */
final class CaseWalks {

  /** Where an outbound case is left open; {@link #CLOSED} walks it to its end. */
  enum OutboundStage {
    FIRST_CONTACT,
    COUNSELLING,
    SCREENING,
    /** Screened: the Ministry's status check is the job executor's, nobody waits for it. */
    STATUS_CHECK,
    TRAVEL_DOCUMENT,
    EXIT_CLEARANCE,
    ROUTE,
    BOOKING,
    PRE_EMBARKATION,
    DEPARTURE,
    ARRIVAL,
    REINTEGRATION_ASSESSMENT,
    PLAN_DRAFT,
    PLAN_APPROVAL,
    INSTALMENT,
    MONITORING,
    CLOSURE,
    CLOSED
  }

  /** Where an inbound case is left open; {@link #CLOSED} walks it to its end. */
  enum InboundStage {
    RECEPTION,
    DEPARTURE,
    ARRIVAL,
    REINTEGRATION_ASSESSMENT,
    PLAN_DRAFT,
    PLAN_APPROVAL,
    INSTALMENT,
    MONITORING,
    CLOSURE,
    CLOSED
  }

  static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Minsk");

  /**
   * How long a walk waits for what the application does by itself (a task to appear, a case to
   * end): two minutes; the fault suite, whose authorities fail and whose node is restarted on
   * purpose, gives more.
   */
  static volatile Duration patience = Duration.ofSeconds(120);

  private static final List<String> SCREENING_FLAGS =
      List.of(
          EligibilityProcess.UNACCOMPANIED_OR_SEPARATED_CHILD.name(),
          EligibilityProcess.TRAFFICKING_INDICATORS.name(),
          EligibilityProcess.HEALTH_NEEDS.name(),
          EligibilityProcess.DISABILITY.name(),
          EligibilityProcess.PREGNANCY.name(),
          EligibilityProcess.SINGLE_PARENT.name(),
          EligibilityProcess.TORTURE_OR_GBV_SURVIVOR.name());

  private final Office office;
  private final OfficeHttp http;
  private final boolean browse;

  CaseWalks(Office office) {
    this(office, true);
  }

  /**
   * @param browse whether a user opens each task (task, form, deployed form, variables) before
   *     claiming and submitting it, as in Tasklist; the data generator skips the reading
   */
  CaseWalks(Office office, boolean browse) {
    this.office = office;
    this.http = office.http();
    this.browse = browse;
  }

  // --- Outbound: a foreign national returns from Belarus to Iraq ---

  String outbound(OutboundStage stopAt) {
    String caseNumber = startOutbound("A" + (1_000_000 + (System.nanoTime() / 1000) % 9_000_000));
    if (stopAt == OutboundStage.FIRST_CONTACT) {
      return caseNumber;
    }
    String counsellor = "counsellor";
    work(
        caseNumber,
        counsellor,
        IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT,
        firstContact(true));
    if (stopAt == OutboundStage.COUNSELLING) {
      return caseNumber;
    }
    work(
        caseNumber,
        counsellor,
        IntakeCounsellingProcess.TASK_HOLD_COUNSELLING_SESSION,
        form()
            .text(IntakeCounsellingProcess.SESSION_DATE.name(), today())
            .text("sessionMode", "IN_PERSON")
            .bool("interpreterUsed", false)
            .json("topicsCovered", "[\"AVRR_PROGRAMME\",\"TRAVEL\"]")
            .text("sessionNotes", "Explained the programme and the next steps.")
            .text(
                IntakeCounsellingProcess.COUNSELLING_DECISION.name(),
                IntakeCounsellingProcess.DECISION_READY_TO_DECLARE)
            .node());
    work(
        caseNumber,
        counsellor,
        IntakeCounsellingProcess.TASK_SIGN_RETURN_DECLARATION,
        form()
            .text(
                IntakeCounsellingProcess.RETURN_DECLARATION.name(),
                IntakeCounsellingProcess.DECLARATION_SIGNED)
            .text(IntakeCounsellingProcess.DECLARATION_DATE.name(), today())
            .text(IntakeCounsellingProcess.DECLARATION_FORM.name(), "SIGNATURE")
            .node());
    if (stopAt == OutboundStage.SCREENING) {
      return caseNumber;
    }
    Form flags = form();
    SCREENING_FLAGS.forEach(flag -> flags.bool(flag, false));
    work(caseNumber, counsellor, EligibilityProcess.TASK_SCREEN_VULNERABILITY, flags.node());
    if (stopAt == OutboundStage.STATUS_CHECK) {
      return caseNumber;
    }
    // The Ministry's status check runs in the job executor; eligible, the case goes on.
    if (stopAt == OutboundStage.TRAVEL_DOCUMENT) {
      awaitTask(caseNumber, "movement-officer", PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT);
      return caseNumber;
    }
    String movement = "movement-officer";
    work(
        caseNumber,
        movement,
        PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT,
        form()
            .text(PreDepartureProcess.TRAVEL_DOCUMENT_CHECK.name(), "VALID_PASSPORT")
            .text(PreDepartureProcess.PASSPORT_NUMBER.name(), "A7654321")
            .text(PreDepartureProcess.PASSPORT_VALID_UNTIL.name(), today(730))
            .node());
    work(
        caseNumber,
        movement,
        PreDepartureProcess.TASK_ARRANGE_ACCOMMODATION,
        form()
            .bool("accommodationNeeded", false)
            .decimal("pocketMoneyAmount", 50)
            .text("pocketMoneyCurrency", "USD")
            .node());
    if (stopAt == OutboundStage.EXIT_CLEARANCE) {
      return caseNumber;
    }
    office.answerExitClearance(caseNumber);
    if (stopAt == OutboundStage.ROUTE) {
      awaitTask(caseNumber, movement, TravelProcess.TASK_PLAN_ROUTE);
      return caseNumber;
    }
    work(
        caseNumber,
        movement,
        TravelProcess.TASK_PLAN_ROUTE,
        form()
            .text(TravelProcess.EXIT_CROSSING_POINT.name(), "MINSK_NATIONAL_AIRPORT")
            .bool(TravelProcess.ENTERED_VISA_FREE.name(), true)
            .node());
    if (stopAt == OutboundStage.BOOKING) {
      return caseNumber;
    }
    work(
        caseNumber,
        movement,
        TravelProcess.TASK_BOOK_JOURNEY,
        form()
            .text(TravelProcess.FLIGHT_NUMBER.name(), "TK388")
            .text(TravelProcess.BOOKING_REFERENCE.name(), "K7QX2P")
            .text(TravelProcess.DEPARTURE_DATE.name(), today())
            .text(TravelProcess.DEPARTURE_TIME.name(), "06:40")
            .text(TravelProcess.ARRIVAL_DATE.name(), today())
            .text(TravelProcess.ARRIVAL_TIME.name(), "14:05")
            .text("arrivalAirport", "BGW")
            .node());
    if (stopAt == OutboundStage.PRE_EMBARKATION) {
      return caseNumber;
    }
    work(
        caseNumber,
        movement,
        TravelProcess.TASK_PRE_EMBARKATION_CHECK,
        form()
            .text(TravelProcess.PRE_EMBARKATION_OUTCOME.name(), "READY_TO_BOARD")
            .bool(TravelProcess.FIT_TO_TRAVEL_CONFIRMED.name(), true)
            .bool(TravelProcess.VOLUNTARINESS_RECONFIRMED.name(), true)
            .bool(TravelProcess.DOCUMENTS_HANDED_OVER.name(), true)
            .node());
    if (stopAt == OutboundStage.DEPARTURE) {
      return caseNumber;
    }
    office.reportExit(caseNumber);
    String mission = "mission-irq";
    if (stopAt == OutboundStage.ARRIVAL) {
      awaitTask(caseNumber, mission, ArrivalProcess.TASK_CONFIRM_ARRIVAL);
      return caseNumber;
    }
    work(
        caseNumber,
        mission,
        ArrivalProcess.TASK_CONFIRM_ARRIVAL,
        form()
            .text(ArrivalProcess.ARRIVAL_REPORT.name(), "ARRIVED")
            .text(ArrivalProcess.ARRIVED_ON.name(), today())
            .node());
    reintegration(caseNumber, mission, "case-manager", ReintegrationStop.of(stopAt.name()));
    if (stopAt == OutboundStage.CLOSED) {
      awaitEnded(caseNumber, OutboundReturnProcess.KEY);
    }
    return caseNumber;
  }

  /** The cheapest whole outbound case: the applicant gives no data consent at first contact. */
  String outboundWithoutConsent() {
    String caseNumber = startOutbound("A1234567");
    work(
        caseNumber,
        "counsellor",
        IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT,
        firstContact(false));
    awaitEnded(caseNumber, OutboundReturnProcess.KEY);
    return caseNumber;
  }

  private String startOutbound(String documentNumber) {
    Form variables =
        form()
            .text(IntakeCounsellingProcess.SURNAME.name(), "Rahimi")
            .text(IntakeCounsellingProcess.GIVEN_NAMES.name(), "Farid")
            .text(IntakeCounsellingProcess.DATE_OF_BIRTH.name(), "1990-07-01")
            .text(IntakeCounsellingProcess.PLACE_OF_BIRTH.name(), "Sulaymaniyah")
            .text(IntakeCounsellingProcess.SEX.name(), "M")
            .text(IntakeCounsellingProcess.CITIZENSHIP.name(), "IQ")
            .text(IntakeCounsellingProcess.COUNTRY_OF_RETURN.name(), "IQ")
            .text(IntakeCounsellingProcess.PLACE_OF_RETURN.name(), "Sulaymaniyah")
            .text(IntakeCounsellingProcess.IMMIGRATION_STATUS.name(), "IRREGULAR_STAY")
            .text(IntakeCounsellingProcess.DATE_OF_ARRIVAL.name(), "2026-01-10")
            .text(IntakeCounsellingProcess.DOCUMENT_TYPE.name(), "PASSPORT")
            .text(IntakeCounsellingProcess.DOCUMENT_NUMBER.name(), documentNumber)
            .bool(IntakeCounsellingProcess.HAS_OWN_MEANS_TO_RETURN.name(), false)
            .json("languages", "[\"KURDISH\"]")
            .bool(IntakeCounsellingProcess.INTERPRETER_NEEDED.name(), false)
            .text(IntakeCounsellingProcess.APPLICATION_DATE.name(), today())
            .text(IntakeCounsellingProcess.APPLICATION_CHANNEL.name(), "REFERRAL")
            .text(IntakeCounsellingProcess.REFERRAL_SOURCE.name(), "UNHCR")
            .integer(IntakeCounsellingProcess.FAMILY_MEMBERS_TRAVELLING.name(), 0);
    return start(OutboundReturnProcess.KEY, variables.node());
  }

  /** Tasklist's "Start process": the list, the start form, then its submission. */
  String start(String processKey, ObjectNode variables) {
    OfficeHttp.Session counsellor = http.tasklist("counsellor");
    JsonNode startable =
        counsellor.get(
            "/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true&firstResult=0&maxResults=15",
            "start list");
    String definitionId = null;
    for (JsonNode definition : startable) {
      if (processKey.equals(definition.path("key").asText())) {
        definitionId = definition.path("id").asText();
      }
    }
    if (definitionId == null) {
      throw new IllegalStateException(processKey + " is not startable for the counsellor");
    }
    counsellor.get("/process-definition/" + definitionId + "/startForm", "start form");
    counsellor.get("/process-definition/" + definitionId + "/deployed-start-form", "start form");
    ObjectNode body = office.startBody(variables);
    JsonNode started =
        counsellor.post("/process-definition/" + definitionId + "/submit-form", body, "start");
    return office.caseNumberOf(started, body);
  }

  static ObjectNode firstContact(boolean consent) {
    Form form =
        form()
            .text(IntakeCounsellingProcess.FIRST_CONTACT_DATE.name(), today())
            .text("firstContactChannel", "IN_PERSON");
    if (consent) {
      form.text(
              IntakeCounsellingProcess.DATA_CONSENT.name(), IntakeCounsellingProcess.CONSENT_GIVEN)
          .text(IntakeCounsellingProcess.CONSENT_TYPE.name(), "EXPLICIT_SIGNATURE")
          .bool(IntakeCounsellingProcess.CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(), true)
          .bool(IntakeCounsellingProcess.CONSENT_TO_SHARE_WITH_AUTHORITIES.name(), true);
    } else {
      form.text(IntakeCounsellingProcess.DATA_CONSENT.name(), "REFUSED");
    }
    return form.node();
  }

  // --- Inbound: IOM Germany refers a Belarus national flying home ---

  String inbound(InboundStage stopAt) {
    String mission = "mission-deu";
    String caseNumber = office.refer(mission, referral("DEU-BENCH-" + System.nanoTime()));
    if (stopAt == InboundStage.RECEPTION) {
      awaitTask(caseNumber, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION);
      return caseNumber;
    }
    String movement = "movement-officer";
    work(
        caseNumber,
        movement,
        InboundReturnProcess.TASK_PREPARE_RECEPTION,
        form()
            .bool("meetAndGreetArranged", true)
            .text("onwardTransportArranged", "Train to Hrodna, 18:10.")
            .node());
    if (stopAt == InboundStage.DEPARTURE) {
      return caseNumber;
    }
    work(
        caseNumber,
        mission,
        InboundReturnProcess.TASK_CONFIRM_DEPARTURE,
        form().text("departureOutcome", "DEPARTED").node());
    if (stopAt == InboundStage.ARRIVAL) {
      return caseNumber;
    }
    work(
        caseNumber,
        movement,
        InboundReturnProcess.TASK_ASSIST_ARRIVAL,
        form()
            .text("arrivalReport", "ARRIVED")
            .text(ArrivalProcess.ARRIVED_ON.name(), today())
            .text("arrivalAssistanceNotes", "Met in the arrivals hall.")
            .node());
    // The arrival is registered with the State Border Committee by the job executor.
    reintegration(
        caseNumber, "reintegration-officer", mission, ReintegrationStop.of(stopAt.name()));
    if (stopAt == InboundStage.CLOSED) {
      awaitEnded(caseNumber, InboundReturnProcess.KEY);
    }
    return caseNumber;
  }

  /** A sending mission's referral body: a returnee flying home today. */
  static String referral(String reference) {
    String today = today();
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

  // --- Reintegration, both flows ---

  private enum ReintegrationStop {
    REINTEGRATION_ASSESSMENT,
    PLAN_DRAFT,
    PLAN_APPROVAL,
    INSTALMENT,
    MONITORING,
    CLOSURE,
    CLOSED;

    static ReintegrationStop of(String stage) {
      return valueOf(stage);
    }
  }

  /**
   * The field party assesses and drafts a EUR 1,000 plan in two instalments, the approver approves,
   * finance pays both (the second when its timer is run), three monitoring visits (the last with
   * the survey), a case manager approves the closure.
   */
  private void reintegration(
      String caseNumber, String field, String approver, ReintegrationStop stop) {
    if (stop == ReintegrationStop.REINTEGRATION_ASSESSMENT) {
      awaitTask(caseNumber, field, ReintegrationProcess.TASK_ASSESS_NEEDS);
      return;
    }
    Form assessment =
        form()
            .integer("householdAdults", 1)
            .integer("householdMinors", 0)
            .bool("returneeVulnerable", false)
            .bool("medicalNeeds", false)
            .text("familySituation", "Lives with his parents and brothers.")
            .text("skillsAndExperience", "Six years as a tailor.")
            .text("reintegrationAspirations", "A tailoring workshop at home.");
    ReintegrationProcess.RSS_INDICATORS.forEach(indicator -> assessment.text(indicator, "3"));
    work(caseNumber, field, ReintegrationProcess.TASK_ASSESS_NEEDS, assessment.node());
    if (stop == ReintegrationStop.PLAN_DRAFT) {
      awaitTask(caseNumber, field, ReintegrationProcess.TASK_DRAFT_PLAN);
      return;
    }
    work(
        caseNumber,
        field,
        ReintegrationProcess.TASK_DRAFT_PLAN,
        form()
            .text("component1", "BUSINESS_START_UP")
            .text("description1", "Sewing machine and fabric")
            .integer("amount1", 1000)
            .text("modality1", "IN_KIND")
            .text("supplier1", "Local Sewing Supplies")
            .integer("instalments1", 2)
            .integer("firstDueMonths1", 0)
            .integer("intervalMonths1", 6)
            .node());
    if (stop == ReintegrationStop.PLAN_APPROVAL) {
      awaitTask(caseNumber, approver, ReintegrationProcess.TASK_APPROVE_PLAN);
      return;
    }
    work(
        caseNumber,
        approver,
        ReintegrationProcess.TASK_APPROVE_PLAN,
        form().text("planDecision", "APPROVE").node());
    if (stop == ReintegrationStop.INSTALMENT) {
      awaitTask(caseNumber, "finance", ReintegrationProcess.TASK_PAY_INSTALMENT);
      return;
    }
    payInstalment(caseNumber, "INV-2026-0141");
    runTimer(
        caseNumber,
        ReintegrationProcess.KEY,
        ReintegrationProcess.TIMER_EVENT_INSTALMENT_FALLS_DUE);
    payInstalment(caseNumber, "INV-2026-0388");
    for (int visit = 1; visit <= 3; visit++) {
      runTimer(caseNumber, ReintegrationProcess.KEY, ReintegrationProcess.TIMER_EVENT_VISIT_DUE);
      if (stop == ReintegrationStop.MONITORING && visit == 2) {
        awaitTask(caseNumber, field, ReintegrationProcess.TASK_MONITOR_RETURNEE);
        return;
      }
      Form report =
          form()
              .text("contactOutcome", "REACHED")
              .text("visitedOn", today())
              .text("monitoringNotes", "Workshop running, first orders.")
              .bool("rssSurveyTaken", visit == 3);
      if (visit == 3) {
        ReintegrationProcess.RSS_INDICATORS.forEach(indicator -> report.text(indicator, "4"));
      }
      work(caseNumber, field, ReintegrationProcess.TASK_MONITOR_RETURNEE, report.node());
    }
    if (stop == ReintegrationStop.CLOSURE) {
      awaitTask(caseNumber, "case-manager", ReintegrationProcess.TASK_APPROVE_CLOSURE);
      return;
    }
    work(
        caseNumber,
        "case-manager",
        ReintegrationProcess.TASK_APPROVE_CLOSURE,
        form()
            .text("closureReason", "COMPLETED")
            .text("closureNotes", "Plan delivered, returnee doing well.")
            .node());
  }

  /** Finance attaches the supplier's invoice at the task, then records the payment. */
  private void payInstalment(String caseNumber, String invoice) {
    String taskId = awaitTask(caseNumber, "finance", ReintegrationProcess.TASK_PAY_INSTALMENT);
    office.attachScan("finance", taskId, "INVOICE", invoice + ".pdf");
    work(
        caseNumber,
        "finance",
        ReintegrationProcess.TASK_PAY_INSTALMENT,
        form()
            .text("paidOn", today())
            .decimal("amountPaid", 500)
            .text("evidenceType", "INVOICE")
            .text("evidenceReference", invoice)
            .node());
  }

  // --- What every step does ---

  /**
   * A user's work on one task, as in Tasklist: it appears in their list, they open it (the task,
   * its form, the deployed form, its variables), claim it and submit the form.
   */
  /**
   * Submissions are recorded per task ("submit/" + task key) so that the diagnosis can tell them
   * apart.
   */
  static final String SUBMIT = "submit/";

  void work(String caseNumber, String user, String taskKey, ObjectNode variables) {
    OfficeHttp.Session session = http.tasklist(user);
    String taskId = awaitTask(caseNumber, user, taskKey);
    if (browse) {
      TasklistViews.open(session, taskId, "open task");
    }
    session.post(
        "/task/" + taskId + "/claim",
        OfficeHttp.JSON.createObjectNode().put("userId", user),
        "claim");
    ObjectNode body = OfficeHttp.JSON.createObjectNode();
    body.set("variables", variables);
    session.post("/task/" + taskId + "/submit-form", body, SUBMIT + taskKey);
  }

  /** The id of the case's task {@code taskKey} once {@code user} sees it. */
  String awaitTask(String caseNumber, String user, String taskKey) {
    OfficeHttp.Session session = http.tasklist(user);
    String query =
        "/task?processInstanceBusinessKey="
            + encode(caseNumber)
            + "&taskDefinitionKey="
            + encode(taskKey)
            + "&maxResults=15";
    try {
      JsonNode task =
          await(
              user + " sees " + taskKey + " of " + caseNumber,
              () -> {
                JsonNode tasks = session.get(query, "find task");
                return tasks.isEmpty() ? null : tasks.get(0);
              });
      return task.path("id").asText();
    } catch (IllegalStateException stuck) {
      throw new IllegalStateException(stuck.getMessage() + "; " + diagnosis(caseNumber), stuck);
    }
  }

  /**
   * Where the case stands, for a walk that waited in vain: its open tasks, failed jobs, incidents.
   */
  String diagnosis(String caseNumber) {
    StringBuilder found = new StringBuilder(office.name() + " case " + caseNumber + ":");
    try {
      for (JsonNode task :
          http.restGet(
              "admin",
              "/task?processInstanceBusinessKey=" + encode(caseNumber) + "&maxResults=20",
              "check")) {
        found.append(" task ").append(task.path("taskDefinitionKey").asText());
      }
      for (JsonNode job : http.restGet("admin", "/job?withException=true&maxResults=20", "check")) {
        found
            .append(" failed job ")
            .append(job.path("id").asText())
            .append(": ")
            .append(job.path("exceptionMessage").asText());
      }
      for (JsonNode incident : http.restGet("admin", "/incident?maxResults=20", "check")) {
        found
            .append(" incident at ")
            .append(incident.path("activityId").asText())
            .append(": ")
            .append(incident.path("incidentMessage").asText());
      }
    } catch (RuntimeException e) {
      found.append(" (could not look: ").append(e.getMessage()).append(')');
    }
    return found.toString();
  }

  /** An operator runs a timer of the case now (a date months ahead, as if it had come). */
  void runTimer(String caseNumber, String processKey, String activityId) {
    String instance = instanceOf(caseNumber, processKey);
    JsonNode job =
        await(
            "timer " + activityId + " of " + caseNumber,
            () -> {
              JsonNode jobs =
                  http.restGet(
                      "admin",
                      "/job?processInstanceId="
                          + instance
                          + "&activityId="
                          + activityId
                          + "&timers=true&maxResults=10",
                      "operator");
              return jobs.isEmpty() ? null : jobs.get(0);
            });
    http.restPost("admin", "/job/" + job.path("id").asText() + "/execute", null, "operator");
  }

  String instanceOf(String caseNumber, String processKey) {
    return await(
            processKey + " of " + caseNumber,
            () -> {
              JsonNode instances =
                  http.restGet(
                      "admin",
                      "/process-instance?businessKey="
                          + encode(caseNumber)
                          + "&processDefinitionKey="
                          + processKey
                          + "&maxResults=10",
                      "operator");
              return instances.isEmpty() ? null : instances.get(0);
            })
        .path("id")
        .asText();
  }

  /** Waits until the case's process {@code processKey} has ended; its historic instance. */
  JsonNode awaitEnded(String caseNumber, String processKey) {
    return await(
        caseNumber + " ended",
        () -> {
          JsonNode ended =
              http.restGet(
                  "admin",
                  "/history/process-instance?processInstanceBusinessKey="
                      + encode(caseNumber)
                      + "&processDefinitionKey="
                      + processKey
                      + "&finished=true&maxResults=10",
                  "operator");
          return ended.isEmpty() ? null : ended.get(0);
        });
  }

  /** Waits until the case waits for {@code messageName} (an authority's answer). */
  static void awaitSubscription(OfficeHttp http, String caseNumber, String messageName) {
    await(
        caseNumber + " waits for " + messageName,
        () -> {
          JsonNode executions =
              http.restGet(
                  "admin",
                  "/execution?businessKey="
                      + encode(caseNumber)
                      + "&messageEventSubscriptionName="
                      + messageName
                      + "&maxResults=10",
                  "operator");
          return executions.isEmpty() ? null : executions.get(0);
        });
  }

  /**
   * Polls {@code probe} until it gives something: at once, then 5, 10, 20 ... ms apart, at most 100
   * ms, for two minutes.
   */
  static <T> T await(String what, Supplier<T> probe) {
    Duration waiting = patience;
    long deadline = System.nanoTime() + waiting.toNanos();
    long pause = 5;
    while (true) {
      T found = probe.get();
      if (found != null) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + waiting + " in vain: " + what);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting: " + what, e);
      }
      pause = Math.min(waiting.compareTo(Duration.ofMinutes(3)) > 0 ? 500 : 100, pause * 2);
    }
  }

  static String today() {
    return LocalDate.now(OFFICE_ZONE).toString();
  }

  static String today(int plusDays) {
    return LocalDate.now(OFFICE_ZONE).plusDays(plusDays).toString();
  }

  static Form form() {
    return new Form();
  }

  /** A form's values, typed as Tasklist submits them. */
  static final class Form {
    private final ObjectNode values = OfficeHttp.JSON.createObjectNode();

    Form text(String name, String text) {
      values.set(name, value(text, "String"));
      return this;
    }

    Form bool(String name, boolean flag) {
      values.set(name, value(flag, "Boolean"));
      return this;
    }

    Form integer(String name, long number) {
      values.set(name, value(number, "Long"));
      return this;
    }

    Form decimal(String name, double number) {
      values.set(name, value(number, "Double"));
      return this;
    }

    Form json(String name, String json) {
      values.set(name, value(json, "Json"));
      return this;
    }

    ObjectNode node() {
      return values;
    }
  }
}
