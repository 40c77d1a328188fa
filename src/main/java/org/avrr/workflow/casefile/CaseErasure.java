package org.avrr.workflow.casefile;

import java.util.List;
import java.util.Optional;
import org.avrr.workflow.callback.CallbackInbox;
import org.avrr.workflow.documents.CaseDocumentErasure;
import org.avrr.workflow.inbound.ReferralIntake;
import org.avrr.workflow.notification.MailCapture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a case is made of in the history, and its erasure: every historic variable (with its
 * updates) and decision input/output of every process instance of the case, the answers the
 * authorities and missions sent for it, the sending mission's reference of an inbound case, and the
 * bodies of its mail captured by the embedded default. The case number, the steps, who took them
 * and when stay, and so does the erasure itself. Callers run it without authorization checks: being
 * allowed to start an erasure is the gate.
 */
@Service
public class CaseErasure {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final CallbackInbox inbox;
  private final ReferralIntake referrals;
  private final ObjectProvider<MailCapture> capturedMail;
  private final CaseDocumentErasure documents;

  public CaseErasure(
      HistoryService history,
      RuntimeService runtime,
      CallbackInbox inbox,
      ReferralIntake referrals,
      ObjectProvider<MailCapture> capturedMail,
      CaseDocumentErasure documents) {
    this.documents = documents;
    this.history = history;
    this.runtime = runtime;
    this.inbox = inbox;
    this.referrals = referrals;
    this.capturedMail = capturedMail;
  }

  /** The case's own process instances (not its erasure), ended or not. */
  public List<HistoricProcessInstance> instancesOf(String caseNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream()
        .filter(instance -> !CaseErasureProcess.KEY.equals(instance.getProcessDefinitionKey()))
        .toList();
  }

  /** Whether every process of the case has ended (its erasure's own last step aside). */
  public boolean hasEnded(String caseNumber) {
    return runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKeyNotIn(CaseErasureProcess.KEY)
            .count()
        == 0;
  }

  /**
   * When the case's personal data was erased before, if it was (that erasure may still be deleting
   * the documents' files: its erasure is done all the same).
   */
  public Optional<HistoricProcessInstance> earlierErasure(String caseNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseErasureProcess.KEY)
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Erases the case's personal data, in the caller's transaction.
   *
   * @return the number of process instances whose data was erased
   */
  public int erase(String caseNumber) {
    List<HistoricProcessInstance> instances = instancesOf(caseNumber);
    for (HistoricProcessInstance instance : instances) {
      history.deleteHistoricVariableInstancesByProcessInstanceId(instance.getId());
      List<String> decisions =
          history
              .createHistoricDecisionInstanceQuery()
              .processInstanceId(instance.getId())
              .list()
              .stream()
              .map(HistoricDecisionInstance::getId)
              .toList();
      if (!decisions.isEmpty()) {
        history.deleteHistoricDecisionInstancesBulk(decisions);
      }
    }
    inbox.forgetCase(caseNumber);
    referrals.forgetReferenceOf(caseNumber);
    // The embedded default's mail server keeps what was sent in this database; a real one does
    // not, and mail already sent is beyond reach (docs/operations.md).
    capturedMail.ifAvailable(mail -> mail.eraseBodiesOfCase(caseNumber));
    documents.eraseCase(caseNumber);
    return instances.size();
  }

  /** Whether the case's erased documents still have files on an object store to delete. */
  public boolean documentFilesToDelete(String caseNumber) {
    return documents.hasErasedFilesToDelete(caseNumber);
  }

  /** Deletes those files (the erasure's own step, retried while the store does not answer). */
  public int deleteDocumentFiles(String caseNumber) {
    return documents.deleteErasedFiles(caseNumber);
  }
}
