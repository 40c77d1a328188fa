package org.avrr.workflow.authority.border;

import static org.avrr.workflow.authority.border.BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.ENTRY_NOT_ON_RECORD;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.NOTIFICATION_NOT_FOUND;
import static org.avrr.workflow.authority.border.BorderAuthorityApi.WITHDRAWAL_PATH;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.avrr.workflow.authority.AuthorityHttp;
import org.avrr.workflow.authority.AuthorityHttp.Answer;
import org.avrr.workflow.authority.AuthorityHttp.Call;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.ExchangeAudit;
import org.avrr.workflow.authority.ExchangeOutcome;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Arrival;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.ArrivalRegistrationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.DepartureNotificationBody;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Document;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Flight;
import org.avrr.workflow.authority.border.BorderAuthorityApi.NotificationReceipt;
import org.avrr.workflow.authority.border.BorderAuthorityApi.Passenger;
import org.avrr.workflow.authority.border.BorderAuthorityApi.WithdrawalBody;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Calls the State Border Committee over HTTP/JSON. The departure requests have no business refusal:
 * the Committee only acknowledges, and the outcome of exit control comes later by callback; an
 * arrival registration may find no entry on record. Anything but an acknowledgement is a technical
 * failure that the job retries, then an incident; a withdrawal of a notification the Committee does
 * not know says so, for the operator. Every call is audited, whatever its end.
 */
@Component
class HttpBorderAuthority implements BorderAuthority {

  static final String PARTY = "STATE_BORDER_COMMITTEE";
  static final String OPERATION_DEPARTURE_NOTIFICATION = "DEPARTURE_NOTIFICATION";
  static final String OPERATION_NOTIFICATION_WITHDRAWAL = "NOTIFICATION_WITHDRAWAL";
  static final String OPERATION_ARRIVAL_REGISTRATION = "ARRIVAL_REGISTRATION";

  /** 200 and 202 acknowledge a withdrawal with a body, 204 without: all mean done. */
  private static final Set<Integer> WITHDRAWN = Set.of(200, 202, 204);

  private final AuthorityHttp http;

  HttpBorderAuthority(
      BorderAuthorityProperties properties,
      @Lazy RestClient.Builder restClients, // built on the first call (AuthorityHttp)
      ObjectMapper json,
      ExchangeAudit audit) {
    this.http =
        new AuthorityHttp(
            PARTY, "The State Border Committee", properties, restClients, json, audit);
  }

  @Override
  public String notifyDeparture(DepartureNotification notification) {
    DepartureNotificationBody body =
        new DepartureNotificationBody(
            notification.caseNumber(),
            new Passenger(
                notification.surname(),
                notification.givenNames(),
                notification.dateOfBirth(),
                notification.citizenship()),
            notification.documentNumber() == null
                ? null
                : new Document(notification.documentType(), notification.documentNumber()),
            new Flight(
                notification.flightNumber(),
                notification.scheduledDeparture(),
                notification.crossingPoint(),
                notification.countryOfDestination()),
            notification.escorted());
    Call call =
        http.call(
            OPERATION_DEPARTURE_NOTIFICATION,
            "departure notification",
            notification.caseNumber(),
            notification.idempotencyKey());
    return http.acknowledgedReference(
        call,
        http.post(DEPARTURE_NOTIFICATIONS_PATH, call, body),
        NotificationReceipt.class,
        NotificationReceipt::reference);
  }

  @Override
  public void withdrawDepartureNotification(NotificationWithdrawal withdrawal) {
    Call call =
        http.call(
            OPERATION_NOTIFICATION_WITHDRAWAL,
            "withdrawal of departure notification " + withdrawal.reference(),
            withdrawal.caseNumber(),
            withdrawal.idempotencyKey());
    Answer answer =
        http.post(
            WITHDRAWAL_PATH,
            call,
            new WithdrawalBody(withdrawal.caseNumber(), withdrawal.reason()),
            withdrawal.reference());
    if (WITHDRAWN.contains(answer.status())) {
      http.record(call, ExchangeOutcome.ANSWERED, answer.status(), withdrawal.reference());
      return;
    }
    if (answer.status() == 404 && NOTIFICATION_NOT_FOUND.equals(http.problemCode(answer))) {
      // Not a business answer the case could act on: the office's reference and the Committee's
      // records disagree, and only an operator can find out why. So a failure, retried, then an
      // incident that says what is wrong.
      http.record(call, ExchangeOutcome.FAILED, answer.status(), NOTIFICATION_NOT_FOUND);
      throw new AuthorityUnavailableException(
          http.about(call, "answered")
              + " with HTTP 404 ("
              + NOTIFICATION_NOT_FOUND
              + "): the Committee knows no departure notification "
              + withdrawal.reference()
              + ". Check the reference with the Committee; retrying alone will not help.");
    }
    throw http.failed(call, answer);
  }

  /**
   * 201 (or 200) with a reference: registered. 422 with code ENTRY_NOT_ON_RECORD: the business
   * answer that the Committee has no such entry. Anything else: a failure, retried.
   */
  @Override
  public String registerArrival(ArrivalRegistration registration) {
    ArrivalRegistrationBody body =
        new ArrivalRegistrationBody(
            registration.caseNumber(),
            new Passenger(
                registration.surname(),
                registration.givenNames(),
                registration.dateOfBirth(),
                registration.citizenship()),
            registration.documentNumber() == null
                ? null
                : new Document(registration.documentType(), registration.documentNumber()),
            new Arrival(
                registration.flightNumber(),
                registration.arrivedOn(),
                registration.crossingPoint(),
                registration.countryOfDeparture()));
    Call call =
        http.call(
            OPERATION_ARRIVAL_REGISTRATION,
            "arrival registration",
            registration.caseNumber(),
            registration.idempotencyKey());
    Answer answer = http.post(ARRIVAL_REGISTRATIONS_PATH, call, body);
    if (answer.status() == 422 && ENTRY_NOT_ON_RECORD.equals(http.problemCode(answer))) {
      http.record(call, ExchangeOutcome.ANSWERED, answer.status(), ENTRY_NOT_ON_RECORD);
      throw new ArrivalNotOnRecordException(
          "The State Border Committee has no record of this entry (" + ENTRY_NOT_ON_RECORD + ")");
    }
    return http.acknowledgedReference(
        call, answer, ArrivalRegistrationReceipt.class, ArrivalRegistrationReceipt::reference);
  }
}
