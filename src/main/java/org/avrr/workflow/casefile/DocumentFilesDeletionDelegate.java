package org.avrr.workflow.casefile;

import static org.avrr.workflow.casefile.CaseErasureProcess.CASE_TO_ERASE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Deletes the object-store files of an erased case's documents: a step of its own after the
 * erasure, in a job, so an object store that does not answer is retried and then shows as an
 * incident in Cockpit — the erasure itself is done and the documents unreadable already.
 */
@Component("documentFilesDeletionDelegate")
public class DocumentFilesDeletionDelegate implements JavaDelegate {

  private final CaseErasure erasure;

  public DocumentFilesDeletionDelegate(CaseErasure erasure) {
    this.erasure = erasure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int deleted = erasure.deleteDocumentFiles(CASE_TO_ERASE.from(execution));
    execution.setVariable("documentFilesDeleted", (long) deleted);
  }
}
