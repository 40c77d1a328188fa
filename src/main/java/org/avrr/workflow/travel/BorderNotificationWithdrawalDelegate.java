package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_NOTIFICATION_KEY;
import static org.avrr.workflow.travel.TravelProcess.DEPARTURE_NOTIFICATION_REFERENCE;
import static org.avrr.workflow.travel.TravelProcess.TRAVEL_CANCELLATION_REASON;

import org.avrr.workflow.authority.border.BorderAuthority;
import org.avrr.workflow.authority.border.NotificationWithdrawal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compensates the departure notification: tells the State Border Committee it no longer holds, with
 * the reason the travel arrangements are undone. The withdrawal's key derives from the
 * notification's, so a retried job withdraws the same notification once.
 */
@Component("borderNotificationWithdrawalDelegate")
public class BorderNotificationWithdrawalDelegate implements JavaDelegate {

  private final BorderAuthority border;

  public BorderNotificationWithdrawalDelegate(BorderAuthority border) {
    this.border = border;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String notificationKey = DEPARTURE_NOTIFICATION_KEY.from(execution);
    border.withdrawDepartureNotification(
        new NotificationWithdrawal(
            execution.getProcessBusinessKey(),
            notificationKey + ":withdrawal",
            DEPARTURE_NOTIFICATION_REFERENCE.from(execution),
            NotificationWithdrawal.Reason.valueOf(TRAVEL_CANCELLATION_REASON.from(execution))));
  }
}
