package org.avrr.workflow.counselling;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.APPLICATION_DATE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.FIRST_CONTACT_DUE;

import java.time.LocalDate;
import java.util.Date;
import org.avrr.workflow.common.OfficeProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Sets when first contact is due: the end of the N-th day after the application, in the office's
 * time zone. The first-contact task's due date and its escalation timer both read it. An
 * application registered late may already be overdue; the timer then fires at once, which is the
 * point.
 */
@Component("firstContactDeadline")
public class FirstContactDeadline implements ExecutionListener {

  private final IntakeProperties intake;
  private final OfficeProperties office;

  public FirstContactDeadline(IntakeProperties intake, OfficeProperties office) {
    this.intake = intake;
    this.office = office;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate applied = LocalDate.parse(APPLICATION_DATE.from(execution));
    Date due =
        Date.from(
            applied
                .plusDays(intake.firstContactDays() + 1L)
                .atStartOfDay(office.zone())
                .toInstant());
    FIRST_CONTACT_DUE.set(execution, due);
  }
}
