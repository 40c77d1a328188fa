package org.avrr.workflow.travel;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CITIZENSHIP;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.GIVEN_NAMES;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.SURNAME;
import static org.avrr.workflow.travel.TravelProcess.BOOKING_ATTEMPT;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_DATE;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_NOTIFICATION_KEY;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_NOTIFICATION_REFERENCE;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_TIME;
import static org.avrr.workflow.travel.TravelProcess.ESCORT_REQUIRED;
import static org.avrr.workflow.travel.TravelProcess.EXIT_CROSSING_POINT;
import static org.avrr.workflow.travel.TravelProcess.FLIGHT_NUMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.border.BorderAuthority;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.authority.border.DepartureNotification;
import org.avrr.workflow.common.OfficeProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Notifies the State Border Committee of the booked departure. Each booking gets its own key (case,
 * step, booking attempt): a rebooked flight is a new notification, while a retried job repeats the
 * same one. The key stays on the case, because the Committee's exit report names it.
 */
@Component("borderNotificationDelegate")
public class BorderNotificationDelegate implements JavaDelegate {

  private final BorderAuthority border;
  private final TravelDocuments documents;
  private final OfficeProperties office;

  public BorderNotificationDelegate(
      BorderAuthority border, TravelDocuments documents, OfficeProperties office) {
    this.border = border;
    this.documents = documents;
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String requestKey =
        IdempotencyKey.of(
            caseNumber, execution.getCurrentActivityId(), BOOKING_ATTEMPT.from(execution));
    TravelDocuments.Held document = documents.heldFor(execution);
    LocalDateTime departure =
        LocalDateTime.of(
            LocalDate.parse(DEPARTURE_DATE.from(execution)),
            LocalTime.parse(DEPARTURE_TIME.from(execution)));
    OffsetDateTime scheduledDeparture = departure.atZone(office.zone()).toOffsetDateTime();
    String reference =
        border.notifyDeparture(
            new DepartureNotification(
                caseNumber,
                requestKey,
                SURNAME.from(execution),
                GIVEN_NAMES.from(execution),
                LocalDate.parse(DATE_OF_BIRTH.from(execution)),
                CITIZENSHIP.from(execution),
                document.type(),
                document.number(),
                FLIGHT_NUMBER.from(execution),
                scheduledDeparture,
                CrossingPoint.valueOf(EXIT_CROSSING_POINT.from(execution)),
                COUNTRY_OF_RETURN.from(execution),
                ESCORT_REQUIRED.find(execution).orElse(false)));
    DEPARTURE_NOTIFICATION_KEY.set(execution, requestKey);
    DEPARTURE_NOTIFICATION_REFERENCE.set(execution, reference);
  }
}
