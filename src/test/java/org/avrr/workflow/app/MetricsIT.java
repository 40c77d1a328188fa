package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.TASK_NOTIFY_CASE_MANAGERS_OF_OVERDUE_CONTACT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Operators watch the office with Prometheus: /actuator/prometheus shows the engine's queues and
 * jobs and our exchanges with the authorities, the callbacks, the notices and the forms refused —
 * to the monitoring role and administrators only, while /actuator/health stays open for load
 * balancers.
 */
class MetricsIT extends CaseApiIT {

  @Test
  void aMonitoringUserReadsTheOfficesMetricsAndNobodyElseDoes() {
    // A refused form, the Ministry's status check, a notice and a callback, as a day brings them.
    String caseNumber =
        startCase("M1234567", LocalDate.now(ZoneId.of("Europe/Minsk")).minusDays(10).toString());
    Map<String, Object> firstContact = taskOf(caseNumber, "counsellor");
    ResponseEntity<String> refused =
        restAs("counsellor")
            .post()
            .uri("/task/{id}/submit-form", firstContact.get("id"))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .body(Map.of("variables", Map.of("dataConsent", value("MAYBE", "String"))))
            .retrieve()
            .toEntity(String.class);
    assertThat(status(refused)).isEqualTo(400);
    runOverdueContactNotice(caseNumber);
    postCallback(
        "/api/callbacks/migration-authority/exit-clearance",
        "ministry",
        "sandbox-callback-secret",
        "{\"caseNumber\": \"BY-2026-999999\", \"requestKey\": \"BY-2026-999999:x\"}");
    String screened = startCase("M1234568");
    completeIntakeAndScreening(screened);
    runStatusCheck(screened);

    assertThat(status(scrape(null))).isEqualTo(401);
    assertThat(status(scrape("counsellor"))).isEqualTo(401);
    assertThat(status(scrape("manager"))).isEqualTo(401);
    assertThat(status(health())).isEqualTo(200);

    String metrics = scrape("admin").getBody();
    assertThat(metrics)
        .contains("avrr_engine_jobs_due ")
        .contains("avrr_engine_incidents_open ")
        .contains("avrr_tasks_open{group=\"counsellors\"}")
        .contains("avrr_tasks_open{group=\"mission-deu\"}")
        .contains("avrr_engine_jobs_executed_total{outcome=\"succeeded\"}")
        .contains("avrr_engine_jobs_acquired_total")
        .contains("avrr_form_refusals_total{form=\"data-consent\"}")
        .contains("avrr_notices_total{notice=\"first-contact-overdue\",outcome=\"sent\"}")
        .contains(
            "avrr_callbacks_total{kind=\"exit-clearance\",outcome=\"INVALID_CALLBACK\",party=\"migration-authority\"}")
        .containsPattern(
            "avrr_touchpoint_exchanges_seconds_count\\{authority=\"MINISTRY_OF_INTERNAL_AFFAIRS\",operation=\"STATUS_CHECK\",outcome=\"ANSWERED\"}");
  }

  /** First contact is ten days late: the timer fires and case managers are mailed. */
  private void runOverdueContactNotice(String caseNumber) {
    String intake =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(IntakeCounsellingProcess.KEY)
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
  }

  private static ResponseEntity<String> scrape(String user) {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
        .build()
        .get()
        .uri("/actuator/prometheus")
        .headers(
            headers -> {
              if (user != null) {
                headers.setBasicAuth(user, user);
              }
            })
        .retrieve()
        .toEntity(String.class);
  }

  private static ResponseEntity<String> health() {
    return RestClient.builder()
        .baseUrl(baseUrl())
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
        .build()
        .get()
        .uri("/actuator/health")
        .retrieve()
        .toEntity(String.class);
  }
}
