package org.avrr.workflow.inbound;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CITIZENSHIP;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_NUMBER;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_TYPE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.GIVEN_NAMES;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.SURNAME;
import static org.avrr.workflow.inbound.InboundReturnProcess.*;

import java.time.LocalDate;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.border.ArrivalNotOnRecordException;
import org.avrr.workflow.authority.border.ArrivalRegistration;
import org.avrr.workflow.authority.border.BorderAuthority;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register the arrival with the State Border Committee": a returning Belarus national's entry at
 * Minsk National Airport, by the {@link BorderAuthority} touchpoint. No entry on record is the
 * modelled business answer; an outage is an exception, retried, then an incident.
 */
@Component("arrivalRegistrationDelegate")
public class ArrivalRegistrationDelegate implements JavaDelegate {

  private final BorderAuthority border;

  public ArrivalRegistrationDelegate(BorderAuthority border) {
    this.border = border;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    ArrivalRegistration registration =
        new ArrivalRegistration(
            caseNumber,
            IdempotencyKey.of(caseNumber, execution.getCurrentActivityId()),
            SURNAME.from(execution),
            GIVEN_NAMES.find(execution).orElse(null),
            LocalDate.parse(DATE_OF_BIRTH.from(execution)),
            CITIZENSHIP.from(execution),
            DOCUMENT_TYPE.find(execution).orElse(null),
            DOCUMENT_NUMBER.find(execution).orElse(null),
            FLIGHT_NUMBER.from(execution),
            LocalDate.parse(ArrivalProcess.ARRIVED_ON.from(execution)),
            CrossingPoint.MINSK_NATIONAL_AIRPORT,
            COUNTRY_OF_DEPARTURE.from(execution));
    try {
      ARRIVAL_REGISTRATION_REFERENCE.set(execution, border.registerArrival(registration));
    } catch (ArrivalNotOnRecordException e) {
      throw new BpmnError(ERROR_ENTRY_NOT_ON_RECORD, e.getMessage());
    }
  }
}
