package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.avrr.workflow.counselling.CaseWithdrawalProcess;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.sandbox.SandboxFaults;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * After a case manager erases an ended case, the person's name, date of birth and document number
 * are nowhere in the database: not in any table of the engine (history, details, job logs,
 * incidents, byte arrays) nor in ours. And the application's log never held them, nor a password a
 * partner sent, right or wrong, even while it refused bad input holding them or an authority
 * failed.
 *
 * <p>Left out of the search: the sandbox authorities' own records ({@code avrr_sandbox_*}) — they
 * play the Ministry's and the Committee's systems, which keep what they were sent; production has
 * no sandbox.
 */
class ErasureLeavesNothingPersonalIT extends CaseApiIT {

  /** What a partner's system might try: it must not reach the log. */
  private static final String GUESSED_PASSWORD = "Guessed-Password-4711";

  @Autowired SandboxFaults faults;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void listenToTheLog() {
    log.start();
    root().addAppender(log);
    LoggerFactory.getLogger(getClass()).warn("The log is listened to");
  }

  @AfterEach
  void stopListening() {
    root().detachAppender(log);
    log.stop();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Test
  void anOutboundCaseReferredToUnhcrLeavesNothingOfThePerson() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String surname = "Quennevaux" + randomLetters(6);
    String givenNames = "Ysolde " + "Wilhelmin" + randomLetters(5);
    String documentNumber = "AS" + (10_000_000 + random.nextInt(89_999_999));
    LocalDate birth = LocalDate.of(1931, 1, 1).plusDays(random.nextInt(3_000));
    ResponseEntity<String> refused =
        restAs("counsellor")
            .post()
            .uri("/process-definition/key/avrr-outbound/submit-form")
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Map.of(
                    "variables",
                    Map.of(
                        "surname", value(surname, "String"),
                        "givenNames", value(givenNames, "String"),
                        "documentNumber", value(documentNumber, "String"),
                        "dateOfBirth", value("2999-01-01", "String"))))
            .retrieve()
            .toEntity(String.class);
    assertThat(status(refused)).as("an incomplete application").isEqualTo(400);
    String caseNumber = startCase(documentNumber, today(), surname, givenNames, birth.toString());
    completeIntakeAndScreening(caseNumber);

    // The Ministry answers garbage once: the failed attempt is recorded with its error.
    faults.set(SandboxFaults.Touchpoint.STATUS_CHECK, SandboxFaults.Kind.GARBAGE, 1, null);
    Job statusCheck =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(eligibilityInstance(caseNumber))
            .singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(statusCheck.getId()))
        .as("the status check fails on the Ministry's garbage");
    runStatusCheck(caseNumber);
    submit(
        taskOf(caseNumber, "counsellor", EligibilityProcess.TASK_REFER_TO_UNHCR),
        "counsellor",
        Map.of(
            "unhcrReferralDate", value(today(), "String"),
            "applicantInformed", value(true, "Boolean")));
    eraseAndSearch(caseNumber, needles(surname, givenNames, documentNumber, birth));
  }

  /**
   * An applicant who withdrew on the way to the airport: the case summary mailed to the mission,
   * the Ministry's exit clearance by callback, the route planned; the withdrawal closes the case.
   */
  @Test
  void anOutboundCaseWithdrawnBeforeTravelLeavesNothingOfThePerson() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String surname = "Oyelaran" + randomLetters(6);
    String givenNames = "Temitope " + "Adebisi" + randomLetters(5);
    String documentNumber = "P" + (10_000_000 + random.nextInt(89_999_999));
    LocalDate birth = LocalDate.of(1971, 1, 1).plusDays(random.nextInt(3_000));
    String caseNumber = startCase(documentNumber, today(), surname, givenNames, birth.toString());
    walkToTravelBooking(caseNumber);
    ResponseEntity<String> withdrawn =
        restAs("counsellor")
            .post()
            .uri("/process-definition/key/{key}/submit-form", CaseWithdrawalProcess.KEY)
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Map.of(
                    "variables",
                    Map.of(
                        "caseToWithdraw", value(caseNumber, "String"),
                        "withdrawalReason", value("FAMILY_REASONS", "String"),
                        "withdrawalDetails", value("Stays with family in Minsk for now.", "String"),
                        "withdrawalDeclaredOn", value(today(), "String"))))
            .retrieve()
            .toEntity(String.class);
    assertThat(status(withdrawn)).as("%s", withdrawn.getBody()).isEqualTo(200);
    runContinuationsOf(caseNumber);

    eraseAndSearch(caseNumber, needles(surname, givenNames, documentNumber, birth));
  }

  /** The job executor is off in these tests: what the case does after the withdrawal, here. */
  private void runContinuationsOf(String caseNumber) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(caseNumber)
              .list()
              .stream()
              .flatMap(
                  instance ->
                      engine
                          .getManagementService()
                          .createJobQuery()
                          .processInstanceId(instance.getId())
                          .messages()
                          .list()
                          .stream())
              .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /**
   * A Belarus national referred by IOM Germany, received, registered with the State Border
   * Committee, reintegrated with the mission's approval and monitored to closure: the referral, its
   * mission reference, the notices mailed about the case.
   */
  @Test
  void anInboundCaseWalkedToClosureLeavesNothingOfThePerson() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String surname = "Zhdanovich" + randomLetters(6);
    String givenNames = "Yaraslau " + "Kastus" + randomLetters(5);
    String documentNumber = "MP" + (1_000_000 + random.nextInt(8_999_999));
    LocalDate birth = LocalDate.of(1961, 1, 1).plusDays(random.nextInt(3_000));
    String reference = "DEU-ERASE-" + System.nanoTime();
    String body =
        referral(reference)
            .replace("Kovalenko", surname)
            .replace("Aliaksandr", givenNames)
            .replace("MP1234567", documentNumber)
            .replace("1988-09-02", birth.toString());
    assertThat(
            status(
                postCallback(
                    "/api/referrals/mission-deu",
                    "mission-deu",
                    "sandbox-callback-secret",
                    body.replace("\"flight\"", "\"flightLost\""))))
        .as("a referral without its flight")
        .isEqualTo(400);
    assertThat(
            status(
                postCallback("/api/referrals/mission-deu", "mission-deu", GUESSED_PASSWORD, body)))
        .as("a wrong password")
        .isEqualTo(401);
    ResponseEntity<Map<String, Object>> created =
        postCallback("/api/referrals/mission-deu", "mission-deu", "sandbox-callback-secret", body);
    assertThat(status(created)).as("%s", created.getBody()).isEqualTo(201);
    String caseNumber = (String) created.getBody().get("caseNumber");
    walkInboundToReintegration(caseNumber, "mission-deu");
    walkReintegrationToClosure(caseNumber, "reintegration-officer", "mission-deu");

    List<String> needles = new ArrayList<>(needles(surname, givenNames, documentNumber, birth));
    needles.add(reference);
    eraseAndSearch(caseNumber, needles);
  }

  private void eraseAndSearch(String caseNumber, List<String> needles) {
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .count())
        .as("the case has ended")
        .isZero();
    assertThat(placesHolding(needles))
        .as("before the erasure the person is in the database")
        .isNotEmpty();

    ResponseEntity<String> erased = startErasure("case-manager", caseNumber);
    assertThat(status(erased)).as("%s", erased.getBody()).isEqualTo(200);

    assertThat(placesHolding(needles)).as("where the person is still found").isEmpty();

    List<String> secrets =
        List.of(
            GUESSED_PASSWORD,
            "sandbox-callback-secret",
            "sandbox-secret",
            Base64.getEncoder()
                .encodeToString(
                    ("mission-deu:" + GUESSED_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    List<String> logged = new ArrayList<>();
    assertThat(log.list)
        .as("the log was listened to")
        .anyMatch(event -> event.getFormattedMessage().equals("The log is listened to"));
    for (ILoggingEvent event : List.copyOf(log.list)) {
      String text = logText(event);
      for (String needle : concat(needles, secrets)) {
        if (text.contains(needle)) {
          logged.add(
              event.getLoggerName() + ": " + text.substring(0, Math.min(300, text.length())));
        }
      }
    }
    assertThat(logged).as("log lines holding the person's data or a password").isEmpty();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /** The line as the log shows it, with every exception's message and stack. */
  private static String logText(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy thrown = event.getThrowableProxy();
        thrown != null;
        thrown = thrown.getCause()) {
      text.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
      for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
        text.append(' ').append(frame.getSTEAsString());
      }
    }
    return text.toString();
  }

  private static List<String> needles(
      String surname, String givenNames, String documentNumber, LocalDate birth) {
    return List.of(
        surname,
        givenNames.substring(givenNames.indexOf(' ') + 1),
        documentNumber,
        birth.toString(),
        birth.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
        birth.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
  }

  /** Every table.column (and a glimpse of the row) holding any of the needles. */
  private List<String> placesHolding(List<String> needles) {
    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'",
            String.class);
    List<String> places = new ArrayList<>();
    for (String table : tables) {
      if (table.toLowerCase(Locale.ROOT).startsWith("avrr_sandbox_")) {
        continue;
      }
      jdbc.query(
          "SELECT * FROM " + table,
          (ResultSet row) -> {
            ResultSetMetaData columns = row.getMetaData();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
              String text = text(row.getObject(column));
              if (text == null) {
                continue;
              }
              for (String needle : needles) {
                int at = text.indexOf(needle);
                if (at >= 0) {
                  places.add(
                      table
                          + "."
                          + columns.getColumnName(column)
                          + ": …"
                          + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40))
                          + "…");
                }
              }
            }
          });
    }
    return places;
  }

  private static String text(Object value) throws java.sql.SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (value instanceof Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1);
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value.toString();
  }
}
