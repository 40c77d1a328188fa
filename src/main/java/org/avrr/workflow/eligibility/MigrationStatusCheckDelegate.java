package org.avrr.workflow.eligibility;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CITIZENSHIP;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_NUMBER;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DOCUMENT_TYPE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.GIVEN_NAMES;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.SURNAME;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_OUTCOME;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_REASON;
import static org.avrr.workflow.eligibility.EligibilityProcess.ELIGIBILITY_REASON_CODE;
import static org.avrr.workflow.eligibility.EligibilityProcess.ERROR_IDENTITY_NOT_CONFIRMED;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_ENTRY_BAN;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_OUTSTANDING_FINES;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_PENDING_PROCEEDINGS;
import static org.avrr.workflow.eligibility.EligibilityProcess.HAS_REMOVAL_ORDER;
import static org.avrr.workflow.eligibility.EligibilityProcess.MIGRATION_LEGAL_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.STATUS_CHECKED_AT;
import static org.avrr.workflow.eligibility.EligibilityProcess.STATUS_CHECK_REFERENCE;
import static org.avrr.workflow.outbound.OutboundReturnProcess.CASE_NUMBER;

import java.time.LocalDate;
import org.avrr.workflow.authority.IdempotencyKey;
import org.avrr.workflow.authority.migration.MigrationAuthority;
import org.avrr.workflow.authority.migration.PersonNotFoundException;
import org.avrr.workflow.authority.migration.StatusCheckRequest;
import org.avrr.workflow.authority.migration.StatusCheckResult;
import org.avrr.workflow.eligibility.EligibilityProcess.EligibilityOutcome;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the Ministry of Internal Affairs for the migrant's legal situation. An unknown person is a
 * business answer (error IDENTITY_NOT_CONFIRMED, caught in the model); no answer at all propagates,
 * so the job retries and finally raises an incident.
 */
@Component("migrationStatusCheckDelegate")
public class MigrationStatusCheckDelegate implements JavaDelegate {

  static final String NO_DOCUMENT = "NONE";

  private final MigrationAuthority ministry;

  public MigrationStatusCheckDelegate(MigrationAuthority ministry) {
    this.ministry = ministry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CASE_NUMBER.from(execution);
    String documentType = DOCUMENT_TYPE.find(execution).orElse(NO_DOCUMENT);
    boolean hasDocument = !NO_DOCUMENT.equals(documentType);
    StatusCheckRequest request =
        new StatusCheckRequest(
            caseNumber,
            IdempotencyKey.of(caseNumber, execution.getCurrentActivityId()),
            SURNAME.from(execution),
            GIVEN_NAMES.from(execution),
            LocalDate.parse(DATE_OF_BIRTH.from(execution)),
            CITIZENSHIP.from(execution),
            hasDocument ? documentType : null,
            hasDocument ? DOCUMENT_NUMBER.find(execution).orElse(null) : null);
    StatusCheckResult result;
    try {
      result = ministry.checkStatus(request);
    } catch (PersonNotFoundException e) {
      ELIGIBILITY_OUTCOME.set(execution, EligibilityOutcome.CASE_MANAGER_REVIEW.name());
      ELIGIBILITY_REASON_CODE.set(execution, ERROR_IDENTITY_NOT_CONFIRMED);
      ELIGIBILITY_REASON.set(
          execution,
          "The Ministry of Internal Affairs has no record matching the migrant's identity data.");
      throw new BpmnError(ERROR_IDENTITY_NOT_CONFIRMED, e.getMessage());
    }
    MIGRATION_LEGAL_STATUS.set(execution, result.legalStatus().name());
    HAS_PENDING_PROCEEDINGS.set(execution, result.pendingProceedings());
    HAS_REMOVAL_ORDER.set(execution, result.removalOrder());
    HAS_ENTRY_BAN.set(execution, result.entryBan());
    HAS_OUTSTANDING_FINES.set(execution, result.outstandingFines());
    STATUS_CHECK_REFERENCE.set(execution, result.reference());
    STATUS_CHECKED_AT.set(execution, result.checkedAt().toString());
  }
}
