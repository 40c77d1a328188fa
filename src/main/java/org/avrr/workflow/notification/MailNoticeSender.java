package org.avrr.workflow.notification;

import io.micrometer.core.instrument.Metrics;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends notices as plain-text mail through Spring Mail ({@code spring.mail.*}). */
@Component
class MailNoticeSender implements NoticeSender {

  /** Lets a recipient (or a mail filter) recognise the same notice sent twice after a retry. */
  static final String NOTICE_KEY_HEADER = "X-AVRR-Notice-Key";

  private static final Logger LOG = LoggerFactory.getLogger(MailNoticeSender.class);

  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final NoticeLedger ledger;

  MailNoticeSender(JavaMailSender mail, NotificationProperties properties, NoticeLedger ledger) {
    this.mail = mail;
    this.properties = properties;
    this.ledger = ledger;
  }

  @Override
  public void send(Notice notice) {
    String step = NoticeLedger.currentStep();
    if (ledger.sentBefore(notice.key(), step)) {
      LOG.info("Notice {} went out before this step ran again: not mailed twice", notice.key());
      return;
    }
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(notice.to().toArray(String[]::new));
      helper.setSubject(notice.subject());
      helper.setText(notice.body());
      message.setHeader(NOTICE_KEY_HEADER, notice.key());
      if (step != null) {
        // Spring keeps a Message-ID set before sending (JavaMail would make a new one).
        message.setHeader("Message-ID", messageIdOf(notice.key(), step, properties.from()));
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Notice " + notice.key() + " cannot be prepared", e);
    }
    try {
      mail.send(message);
    } catch (RuntimeException failed) {
      count(notice, "failed");
      throw failed;
    }
    ledger.recordSent(notice.key(), step);
    count(notice, "sent");
  }

  /**
   * The same for every run of one step's job: if the process dies after the mail server accepted
   * the notice but before the ledger noted it, the job runs again and sends the same message, not a
   * new one, so a mail system that recognises Message-IDs (the embedded one does, as Gmail does)
   * keeps it once, and any recipient can tell it is a copy. A hash, so the id names no case.
   */
  static String messageIdOf(String noticeKey, String step, String from) {
    String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
    byte[] hash;
    try {
      hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((noticeKey + "\n" + step).getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    return "<notice."
        + java.util.HexFormat.of().formatHex(hash, 0, 16)
        + "@"
        + (domain.isEmpty() ? "avrr-workflow" : domain)
        + ">";
  }

  /** For operators: notices sent and failed, per notice (a mail server down shows here first). */
  private static void count(Notice notice, String outcome) {
    Metrics.counter("avrr.notices", "notice", notice.id(), "outcome", outcome).increment();
  }
}
