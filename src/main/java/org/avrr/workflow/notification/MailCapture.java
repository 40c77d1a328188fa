package org.avrr.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server: an SMTP server inside the application (GreenMail) on the host
 * and port of {@code spring.mail.*}, keeping every message in memory so an administrator can read
 * what the system sent at /mail. Never in production (the production profile refuses it).
 */
@Component
@ConditionalOnProperty(name = "avrr.mail-capture.enabled", havingValue = "true")
public class MailCapture implements DisposableBean {

  /** One captured message, as the viewer shows it. */
  public record CapturedMail(
      Instant received, String from, String to, String subject, String body, String noticeKey) {}

  private final GreenMail smtp;

  MailCapture(MailProperties mail) {
    this.smtp =
        new GreenMail(new ServerSetup(mail.getPort(), mail.getHost(), ServerSetup.PROTOCOL_SMTP));
    this.smtp.start();
  }

  /** Newest first. */
  public List<CapturedMail> messages() {
    List<CapturedMail> captured = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      captured.add(read(message));
    }
    captured.sort((a, b) -> b.received().compareTo(a.received()));
    return captured;
  }

  private static CapturedMail read(MimeMessage message) {
    try {
      String[] key = message.getHeader(MailNoticeSender.NOTICE_KEY_HEADER);
      return new CapturedMail(
          message.getReceivedDate() == null
              ? message.getSentDate().toInstant()
              : message.getReceivedDate().toInstant(),
          Arrays.toString(message.getFrom()),
          Arrays.toString(message.getAllRecipients()),
          message.getSubject(),
          String.valueOf(message.getContent()),
          key == null ? null : key[0]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A captured message cannot be read", e);
    }
  }

  @Override
  public void destroy() {
    smtp.stop();
  }
}
