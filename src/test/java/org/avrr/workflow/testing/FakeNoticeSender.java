package org.avrr.workflow.testing;

import java.util.ArrayList;
import java.util.List;
import org.avrr.workflow.notification.Notice;
import org.avrr.workflow.notification.NoticeSender;
import org.springframework.mail.MailSendException;

/** The mail server as process tests need it: keeps what was sent, or is down. */
public final class FakeNoticeSender implements NoticeSender {

  private final List<Notice> sent = new ArrayList<>();
  private boolean down;

  public FakeNoticeSender isDown() {
    down = true;
    return this;
  }

  public List<Notice> sent() {
    return sent;
  }

  @Override
  public void send(Notice notice) {
    if (down) {
      throw new MailSendException("mail server unreachable (test)");
    }
    sent.add(notice);
  }
}
