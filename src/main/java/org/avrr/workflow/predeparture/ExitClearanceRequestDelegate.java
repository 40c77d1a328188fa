package org.avrr.workflow.predeparture;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CITIZENSHIP;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_NUMBER;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_TYPE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.GIVEN_NAMES;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.SURNAME;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_REQUEST_KEY;
import static org.avrr.workflow.predeparture.PreDepartureProcess.EXIT_CLEARANCE_REQUEST_REFERENCE;

import java.time.LocalDate;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.migration.ExitClearanceRequest;
import org.avrr.workflow.authority.migration.MigrationAuthority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the Ministry of Internal Affairs to clear the migrant's exit. Keeps the request's key on the
 * case: the Ministry's decision comes back by callback naming that key, and only the instance
 * holding it receives the decision. No answer at all propagates, so the job retries and finally
 * raises an incident.
 */
@Component("exitClearanceRequestDelegate")
public class ExitClearanceRequestDelegate implements JavaDelegate {

  private static final String NO_DOCUMENT = "NONE";

  private final MigrationAuthority ministry;

  public ExitClearanceRequestDelegate(MigrationAuthority ministry) {
    this.ministry = ministry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String requestKey = IdempotencyKey.of(caseNumber, execution.getCurrentActivityId());
    String documentType = DOCUMENT_TYPE.find(execution).orElse(NO_DOCUMENT);
    boolean hasDocument = !NO_DOCUMENT.equals(documentType);
    String reference =
        ministry.requestExitClearance(
            new ExitClearanceRequest(
                caseNumber,
                requestKey,
                SURNAME.from(execution),
                GIVEN_NAMES.from(execution),
                LocalDate.parse(DATE_OF_BIRTH.from(execution)),
                CITIZENSHIP.from(execution),
                hasDocument ? documentType : null,
                hasDocument ? DOCUMENT_NUMBER.find(execution).orElse(null) : null,
                COUNTRY_OF_RETURN.from(execution)));
    EXIT_CLEARANCE_REQUEST_KEY.set(execution, requestKey);
    EXIT_CLEARANCE_REQUEST_REFERENCE.set(execution, reference);
  }
}
