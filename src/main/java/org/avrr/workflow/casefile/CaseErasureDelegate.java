package org.avrr.workflow.casefile;

import static org.avrr.workflow.casefile.CaseErasureProcess.CASE_TO_ERASE;
import static org.avrr.workflow.casefile.CaseErasureProcess.DOCUMENT_FILES_TO_DELETE;
import static org.avrr.workflow.casefile.CaseErasureProcess.PERSONAL_DATA_ERASED_ON;

import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Erases the case named in the start form (checked there: it exists, has ended, was not erased) and
 * files the erasure under the case's number, so its history shows when and why.
 */
@Component("caseErasureDelegate")
public class CaseErasureDelegate implements JavaDelegate {

  private final CaseErasure erasure;
  private final OfficeCalendar calendar;

  public CaseErasureDelegate(CaseErasure erasure, OfficeCalendar calendar) {
    this.erasure = erasure;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CASE_TO_ERASE.from(execution);
    int instances = WithoutAuthorization.call(() -> erasure.erase(caseNumber));
    execution.setProcessBusinessKey(caseNumber);
    PERSONAL_DATA_ERASED_ON.set(execution, calendar.today().toString());
    execution.setVariable("instancesErased", (long) instances);
    DOCUMENT_FILES_TO_DELETE.set(execution, erasure.documentFilesToDelete(caseNumber));
  }
}
