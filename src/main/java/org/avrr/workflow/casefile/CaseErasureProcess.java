package org.avrr.workflow.casefile;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * "Erase a closed case's personal data" ({@code processes/case-erasure.bpmn}): a case manager's
 * action, on a person's request or a retention decision, for a case that has ended.
 */
public final class CaseErasureProcess {

  public static final String KEY = "case-erasure";
  public static final String FORM = "case-erasure";
  public static final String TASK_ERASE_PERSONAL_DATA = "Task_ErasePersonalData";
  public static final String TASK_DELETE_DOCUMENT_FILES = "Task_DeleteDocumentFiles";

  public static final ProcessVariable<String> CASE_TO_ERASE = string("caseToErase");
  public static final ProcessVariable<String> ERASURE_REASON = string("erasureReason");
  public static final ProcessVariable<String> ERASURE_DETAILS = string("erasureDetails");
  public static final ProcessVariable<Boolean> ERASURE_CONFIRMED =
      ProcessVariable.bool("erasureConfirmed");

  /** The office's date of the erasure, kept with the case number. */
  public static final ProcessVariable<String> PERSONAL_DATA_ERASED_ON =
      string("personalDataErasedOn");

  /** Erased documents' files are on an object store, to be deleted in a step of their own. */
  public static final ProcessVariable<Boolean> DOCUMENT_FILES_TO_DELETE =
      ProcessVariable.bool("documentFilesToDelete");

  static final String REASON_OTHER = "OTHER";

  private CaseErasureProcess() {}
}
