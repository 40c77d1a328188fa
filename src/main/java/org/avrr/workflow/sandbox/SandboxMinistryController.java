package org.avrr.workflow.sandbox;

import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.EXIT_CLEARANCES_PATH;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.PERSON_NOT_FOUND;
import static org.avrr.workflow.authority.migration.MigrationAuthorityApi.STATUS_CHECKS_PATH;

import java.time.Instant;
import org.avrr.workflow.authority.migration.ExitClearance;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceBody;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceDecision;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.ExitClearanceReceipt;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.Problem;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckAnswer;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi.StatusCheckBody;
import org.avrr.workflow.authority.migration.MigrationAuthorityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the Ministry of Internal Affairs, served by this application in the embedded
 * default so a newcomer's first case exercises the real HTTP adapter. It speaks the contract of
 * docs/api/migration-authority.openapi.yaml and answers by {@link SandboxMinistryRules}.
 */
@RestController
@RequestMapping(SandboxMinistryController.BASE_PATH)
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
class SandboxMinistryController {

  static final String BASE_PATH = "/sandbox/migration-authority";

  private final SandboxGate gate;
  private final SandboxCallbacks callbacks;

  SandboxMinistryController(MigrationAuthorityProperties credentials, SandboxCallbacks callbacks) {
    this.gate = new SandboxGate(credentials.username(), credentials.password(), Problem::new);
    this.callbacks = callbacks;
  }

  @PostMapping(STATUS_CHECKS_PATH)
  ResponseEntity<?> statusCheck(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
      @RequestBody(required = false) StatusCheckBody body) {
    ResponseEntity<?> refused = gate.refused(authorization, idempotencyKey);
    if (refused != null) {
      return refused;
    }
    if (body == null
        || body.caseNumber() == null
        || body.person() == null
        || body.person().surname() == null
        || body.person().dateOfBirth() == null
        || body.person().citizenship() == null) {
      return gate.invalid(
          "caseNumber, person.surname, person.dateOfBirth and person.citizenship are required");
    }
    SandboxMinistryRules rules =
        new SandboxMinistryRules(body.document() == null ? null : body.document().number());
    return switch (rules.availability()) {
      case PERSON_NOT_FOUND ->
          gate.problem(HttpStatus.NOT_FOUND, PERSON_NOT_FOUND, "No record matches the person");
      case UNAVAILABLE -> unavailable();
      case AVAILABLE ->
          ResponseEntity.ok(
              new StatusCheckAnswer(
                  SandboxMinistryRules.reference(idempotencyKey),
                  rules.legalStatus(),
                  rules.pendingProceedings(),
                  rules.removalOrder(),
                  rules.entryBan(),
                  rules.outstandingFines(),
                  Instant.now()));
    };
  }

  @PostMapping(EXIT_CLEARANCES_PATH)
  ResponseEntity<?> exitClearance(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
      @RequestBody(required = false) ExitClearanceBody body) {
    ResponseEntity<?> refused = gate.refused(authorization, idempotencyKey);
    if (refused != null) {
      return refused;
    }
    if (body == null
        || body.caseNumber() == null
        || body.person() == null
        || body.person().surname() == null
        || body.countryOfDestination() == null) {
      return gate.invalid("caseNumber, person.surname and countryOfDestination are required");
    }
    SandboxMinistryRules rules =
        new SandboxMinistryRules(body.document() == null ? null : body.document().number());
    if (rules.availability() == SandboxMinistryRules.Availability.UNAVAILABLE) {
      return unavailable();
    }
    String reference = SandboxMinistryRules.reference(idempotencyKey);
    rules
        .exitClearance()
        .ifPresent(
            decision ->
                callbacks.postLater(
                    "migration-authority",
                    "exit-clearance",
                    new ExitClearanceDecision(
                        body.caseNumber(),
                        idempotencyKey,
                        reference,
                        decision,
                        decision == ExitClearance.Decision.REFUSED
                            ? ExitClearance.RefusalReason.PENDING_COURT_CASE
                            : null,
                        Instant.now())));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new ExitClearanceReceipt(reference, Instant.now()));
  }

  private ResponseEntity<?> unavailable() {
    return gate.problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        SandboxGate.UNAVAILABLE,
        "The register is unavailable (sandbox rule DOWN…)");
  }
}
