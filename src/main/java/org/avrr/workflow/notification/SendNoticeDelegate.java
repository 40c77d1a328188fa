package org.avrr.workflow.notification;

import static org.avrr.workflow.notification.Notices.NOTICE;
import static org.avrr.workflow.outbound.OutboundReturnProcess.CASE_NUMBER;

import java.util.HashMap;
import java.util.Map;
import org.avrr.workflow.authority.IdempotencyKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the notice named by the task's input parameter {@code notice}. Runs as an async job: a mail
 * server that is down means retries and then an incident, never a failed user action.
 */
@Component("sendNoticeDelegate")
public class SendNoticeDelegate implements JavaDelegate {

  private final NoticeTemplates templates;
  private final NoticeSender sender;

  public SendNoticeDelegate(NoticeTemplates templates, NoticeSender sender) {
    this.templates = templates;
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The case number is the business key of every instance of a case, whichever stage sends.
    String caseNumber = execution.getProcessBusinessKey();
    String notice = NOTICE.from(execution);
    // Only what the template reads: the whole case would mean loading every JSON value.
    Map<String, Object> variables = new HashMap<>();
    for (String name : templates.variablesOf(notice)) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    variables.put(CASE_NUMBER.name(), caseNumber);
    String key = IdempotencyKey.of(caseNumber, execution.getCurrentActivityId());
    Object noticeFor = execution.getVariableLocal(Notices.NOTICE_FOR);
    if (noticeFor != null) {
      key = key + "#" + noticeFor;
    }
    // One send per element of a multi-instance step (e.g. per transit country).
    Object element = execution.getVariableLocal("loopCounter");
    if (element != null) {
      key = key + "." + element;
    }
    sender.send(templates.render(notice, variables, key));
  }
}
