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
    Map<String, Object> variables = new HashMap<>(execution.getVariables());
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
    Notice notice = templates.render(NOTICE.from(execution), variables, key);
    sender.send(notice);
  }
}
