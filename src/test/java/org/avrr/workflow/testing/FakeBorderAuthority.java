package org.avrr.workflow.testing;

import java.util.ArrayList;
import java.util.List;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.border.ArrivalNotOnRecordException;
import org.avrr.workflow.authority.border.ArrivalRegistration;
import org.avrr.workflow.authority.border.BorderAuthority;
import org.avrr.workflow.authority.border.DepartureNotification;
import org.avrr.workflow.authority.border.NotificationWithdrawal;

/** The State Border Committee as the process tests need it: records what it is told. */
public final class FakeBorderAuthority implements BorderAuthority {

  private final List<DepartureNotification> notifications = new ArrayList<>();
  private final List<NotificationWithdrawal> withdrawals = new ArrayList<>();
  private final List<ArrivalRegistration> registrations = new ArrayList<>();
  private boolean down;
  private boolean noEntryOnRecord;

  /** Arrival registrations are answered "no entry on record". */
  public FakeBorderAuthority hasNoEntryOnRecord() {
    noEntryOnRecord = true;
    return this;
  }

  public List<ArrivalRegistration> registrations() {
    return registrations;
  }

  public FakeBorderAuthority isDown() {
    down = true;
    return this;
  }

  public FakeBorderAuthority isBack() {
    down = false;
    return this;
  }

  public List<DepartureNotification> notifications() {
    return notifications;
  }

  public List<NotificationWithdrawal> withdrawals() {
    return withdrawals;
  }

  /** The reference the fake gives the notification with this key. */
  public static String referenceOf(String idempotencyKey) {
    return "SBC-" + idempotencyKey;
  }

  @Override
  public String notifyDeparture(DepartureNotification notification) {
    if (down) {
      throw new AuthorityUnavailableException("State Border Committee unreachable (test)");
    }
    notifications.add(notification);
    return referenceOf(notification.idempotencyKey());
  }

  @Override
  public void withdrawDepartureNotification(NotificationWithdrawal withdrawal) {
    if (down) {
      throw new AuthorityUnavailableException("State Border Committee unreachable (test)");
    }
    withdrawals.add(withdrawal);
  }

  @Override
  public String registerArrival(ArrivalRegistration registration) {
    if (down) {
      throw new AuthorityUnavailableException("State Border Committee unreachable (test)");
    }
    if (noEntryOnRecord) {
      throw new ArrivalNotOnRecordException("no entry on record (test)");
    }
    registrations.add(registration);
    return "SBC-A-" + registration.idempotencyKey();
  }
}
