package org.avrr.workflow.casefile;

import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Gives a new case its number, e.g. {@code BY-2026-000123}, as business key and as the {@code
 * caseNumber} variable. Runs on the start event of a top-level case process: Camunda Forms cannot
 * set a business key, so the number is made here. Call activities inherit it from the parent.
 */
@Component("caseNumberAssigner")
public class CaseNumberAssigner implements ExecutionListener {

  private final CaseNumberSequence sequence;
  private final OfficeProperties office;

  public CaseNumberAssigner(CaseNumberSequence sequence, OfficeProperties office) {
    this.sequence = sequence;
    this.office = office;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null) {
      caseNumber = nextCaseNumber();
      execution.setProcessBusinessKey(caseNumber);
    } else if (!casePattern().matcher(caseNumber).matches()) {
      throw new IllegalArgumentException(
          "A case is started without a business key (the case number is generated) or with a"
              + " case number like "
              + format(2026, 123)
              + ", not '"
              + caseNumber
              + "'");
    }
    OutboundReturnProcess.CASE_NUMBER.set(execution, caseNumber);
  }

  String nextCaseNumber() {
    int year = ZonedDateTime.ofInstant(ClockUtil.now().toInstant(), office.zone()).getYear();
    return format(year, sequence.next());
  }

  private String format(int year, long serial) {
    return String.format("%s-%d-%06d", office.caseNumberPrefix(), year, serial);
  }

  Pattern casePattern() {
    return Pattern.compile(Pattern.quote(office.caseNumberPrefix()) + "-\\d{4}-\\d{6,}");
  }
}
