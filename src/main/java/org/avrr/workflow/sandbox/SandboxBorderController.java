package org.avrr.workflow.sandbox;

import static org.avrr.workflow.authority.border.BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.ENTRY_NOT_ON_RECORD;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.IDEMPOTENCY_KEY_HEADER;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.NOTIFICATION_NOT_FOUND;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.WITHDRAWAL_PATH;

import java.time.Instant;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureNotificationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureRecord;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Flight;
import org.avrr.workflow.authority.border.BorderAuthorityApi.NotificationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Passenger;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Problem;
import org.avrr.workflow.authority.border.BorderAuthorityApi.WithdrawalBody;
import org.avrr.workflow.authority.border.BorderAuthorityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the State Border Committee, served by this application in the embedded default so
 * that a demo case exercises the real HTTP adapter. It speaks the contract of
 * docs/api/border-authority.openapi.yaml and answers by {@link SandboxBorderRules}.
 *
 * <p>It reports the outcome of exit control by callback after {@code avrr.sandbox.callback-delay},
 * whatever the flight's date, so that a walk-through need not wait for the flight day. It keeps no
 * data: a withdrawal does not stop a report already scheduled.
 */
@RestController
@RequestMapping(SandboxBorderController.BASE_PATH)
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
class SandboxBorderController {

  static final String BASE_PATH = "/sandbox/border-authority";

  private final SandboxGate gate;
  private final SandboxCallbacks callbacks;

  SandboxBorderController(BorderAuthorityProperties credentials, SandboxCallbacks callbacks) {
    this.gate = new SandboxGate(credentials.username(), credentials.password(), Problem::new);
    this.callbacks = callbacks;
  }

  @PostMapping(DEPARTURE_NOTIFICATIONS_PATH)
  ResponseEntity<?> notifyDeparture(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
      @RequestBody(required = false) DepartureNotificationBody body) {
    ResponseEntity<?> refused = gate.refused(authorization, idempotencyKey);
    if (refused != null) {
      return refused;
    }
    if (body == null || body.caseNumber() == null || incomplete(body.passenger(), body.flight())) {
      return gate.invalid(
          "caseNumber, passenger.surname, passenger.dateOfBirth, passenger.citizenship,"
              + " flight.number, flight.scheduledDeparture, flight.crossingPoint and"
              + " flight.countryOfDestination are required");
    }
    SandboxBorderRules rules = new SandboxBorderRules(body.flight().number());
    if (rules.unavailable()) {
      return gate.problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          SandboxGate.UNAVAILABLE,
          "The border control system is unavailable (sandbox rule XD…)");
    }
    String reference = SandboxBorderRules.reference(idempotencyKey);
    rules
        .exitControl()
        .ifPresent(
            outcome ->
                callbacks.postLater(
                    "border-authority",
                    "departure",
                    new DepartureRecord(
                        body.caseNumber(),
                        idempotencyKey,
                        reference,
                        outcome,
                        body.flight().crossingPoint(),
                        Instant.now())));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new NotificationReceipt(reference, Instant.now()));
  }

  @PostMapping(WITHDRAWAL_PATH)
  ResponseEntity<?> withdraw(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
      @PathVariable("reference") String reference,
      @RequestBody(required = false) WithdrawalBody body) {
    ResponseEntity<?> refused = gate.refused(authorization, idempotencyKey);
    if (refused != null) {
      return refused;
    }
    if (body == null || body.caseNumber() == null || body.reason() == null) {
      return gate.invalid("caseNumber and reason are required");
    }
    if (!SandboxBorderRules.knows(reference)) {
      return gate.problem(
          HttpStatus.NOT_FOUND,
          NOTIFICATION_NOT_FOUND,
          "No departure notification has this reference");
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping(ARRIVAL_REGISTRATIONS_PATH)
  ResponseEntity<?> registerArrival(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
      @RequestBody(required = false) ArrivalRegistrationBody body) {
    ResponseEntity<?> refused = gate.refused(authorization, idempotencyKey);
    if (refused != null) {
      return refused;
    }
    if (body == null
        || body.caseNumber() == null
        || body.person() == null
        || body.person().surname() == null
        || body.person().dateOfBirth() == null
        || body.arrival() == null
        || body.arrival().flightNumber() == null
        || body.arrival().arrivedOn() == null
        || body.arrival().crossingPoint() == null) {
      return gate.invalid(
          "caseNumber, person.surname, person.dateOfBirth, arrival.flightNumber,"
              + " arrival.arrivedOn and arrival.crossingPoint are required");
    }
    SandboxBorderRules rules = new SandboxBorderRules(body.arrival().flightNumber());
    if (rules.unavailable()) {
      return gate.problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          SandboxGate.UNAVAILABLE,
          "The border control system is unavailable (sandbox rule XD…)");
    }
    if (rules.entryNotOnRecord()) {
      return gate.problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          ENTRY_NOT_ON_RECORD,
          "No entry of this person on this flight is on record (sandbox rule XM…)");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new ArrivalRegistrationReceipt(
                SandboxBorderRules.arrivalReference(idempotencyKey), Instant.now()));
  }

  private static boolean incomplete(Passenger passenger, Flight flight) {
    return passenger == null
        || passenger.surname() == null
        || passenger.dateOfBirth() == null
        || passenger.citizenship() == null
        || flight == null
        || flight.number() == null
        || flight.scheduledDeparture() == null
        || flight.crossingPoint() == null
        || flight.countryOfDestination() == null;
  }
}
