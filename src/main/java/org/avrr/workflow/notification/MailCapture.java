package org.avrr.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.BindException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.avrr.workflow.sandbox.SandboxFaults;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server: an SMTP server inside the application on the host and port of
 * {@code spring.mail.*} ({@code AVRR_SMTP_PORT}, 3025 by default), keeping every message in the
 * database ({@code avrr_captured_mail}) before it tells the sender it was delivered, so an
 * administrator reads what the system sent at /mail, also after a restart. The sandbox's mail fault
 * ({@link SandboxFaults}, touchpoint {@code mail}) takes it down for a rehearsal. Never in
 * production (the production profile refuses it).
 */
@Component
@ConditionalOnProperty(name = "avrr.mail-capture.enabled", havingValue = "true")
public class MailCapture implements DisposableBean {

  /**
   * One captured message, as the viewer shows it. {@code deliveries}: how many times the sender
   * handed it over; more than one is a retransmission of the same message (the same Message-ID,
   * sent again after the sender died before it could note that the first went out), kept once as
   * mail systems that recognise a Message-ID do.
   */
  public record CapturedMail(
      Instant received,
      String from,
      String to,
      String subject,
      String body,
      String noticeKey,
      String messageId,
      int deliveries) {}

  /** The viewer shows the newest messages, this many. */
  static final int SHOWN = 500;

  private static final String COLUMNS =
      "received_at, sender, recipients, subject, body, notice_key, message_id, deliveries";

  /** A row of avrr_captured_mail, selected in the order of {@link CapturedMail}'s fields. */
  private static final org.springframework.jdbc.core.RowMapper<CapturedMail> CAPTURED_MAIL =
      (row, i) ->
          new CapturedMail(
              row.getTimestamp(1).toInstant(),
              row.getString(2),
              row.getString(3),
              row.getString(4),
              row.getString(5),
              row.getString(6),
              row.getString(7),
              row.getInt(8));

  private final JdbcTemplate jdbc;
  private final org.springframework.transaction.support.TransactionTemplate transaction;
  private final CapturingSmtpServer smtp;

  MailCapture(
      MailProperties mail,
      JdbcTemplate jdbc,
      org.springframework.transaction.support.TransactionTemplate transaction,
      ObjectProvider<SandboxFaults> faults) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    SandboxFaults sandboxFaults = faults.getIfAvailable();
    try {
      this.smtp =
          new CapturingSmtpServer(
              mail.getHost(),
              mail.getPort(),
              // A message and its attachments are kept together or not at all (then the sender
              // is refused and sends again).
              raw -> transaction.executeWithoutResult(status -> keep(raw)),
              () ->
                  sandboxFaults != null
                      && sandboxFaults.take(SandboxFaults.Touchpoint.MAIL).isPresent());
    } catch (BindException taken) {
      throw new IllegalStateException(
          "The embedded mail server cannot listen on "
              + mail.getHost()
              + ":"
              + mail.getPort()
              + " (another application, perhaps a second instance of this one, listens there)."
              + " Give this instance another port with AVRR_SMTP_PORT (and AVRR_SERVER_PORT).",
          taken);
    } catch (IOException e) {
      throw new IllegalStateException("The embedded mail server cannot start", e);
    }
  }

  /** Newest first, at most {@link #SHOWN}. */
  public List<CapturedMail> messages() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM avrr_captured_mail ORDER BY id DESC LIMIT " + SHOWN,
        CAPTURED_MAIL);
  }

  /** Every message of one case (its notices' keys start with the case number), oldest first. */
  public List<CapturedMail> messagesOfCase(String caseNumber) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM avrr_captured_mail WHERE notice_key LIKE ? ORDER BY id",
        CAPTURED_MAIL,
        noticeKeysOf(caseNumber));
  }

  /**
   * Erases the bodies of one case's captured messages, which name the person (the case summary, the
   * itinerary): they stand for mail already sent, so who got what and when stays.
   *
   * @return the messages erased
   */
  public int eraseBodiesOfCase(String caseNumber) {
    return jdbc.update(
        "UPDATE avrr_captured_mail SET body = ? WHERE notice_key LIKE ?",
        "(erased with the case's personal data)",
        noticeKeysOf(caseNumber));
  }

  private void keep(byte[] raw) {
    try {
      MimeMessage message =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
      String[] key = message.getHeader(MailNoticeSender.NOTICE_KEY_HEADER);
      String messageId = cut(message.getMessageID(), 300);
      if (messageId != null
          && jdbc.update(
                  "UPDATE avrr_captured_mail SET deliveries = deliveries + 1 WHERE message_id = ?",
                  messageId)
              > 0) {
        return;
      }
      List<Attachment> attachments = new java.util.ArrayList<>();
      jdbc.update(
          "INSERT INTO avrr_captured_mail"
              + " (received_at, sender, recipients, subject, body, notice_key, message_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          Timestamp.from(Instant.now()),
          cut(Arrays.toString(message.getFrom()), 1000),
          cut(Arrays.toString(message.getAllRecipients()), 4000),
          cut(message.getSubject(), 1000),
          textOf(message, attachments),
          key == null ? null : cut(key[0], 200),
          messageId);
      for (Attachment attachment : attachments) {
        jdbc.update(
            "INSERT INTO avrr_captured_attachment (message_id, filename, content_type, content)"
                + " VALUES (?, ?, ?, ?)",
            messageId,
            cut(attachment.filename(), 300),
            cut(attachment.contentType(), 300),
            attachment.content());
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A captured message cannot be read", e);
    }
  }

  /** A file attached to a captured message (the monthly report's spreadsheet). */
  public record Attachment(long id, String filename, String contentType, byte[] content) {}

  /** The files attached to one message, without their content. */
  public List<Attachment> attachmentsOf(String messageId) {
    return jdbc.query(
        "SELECT id, filename, content_type FROM avrr_captured_attachment WHERE message_id = ?"
            + " ORDER BY id",
        (row, i) -> new Attachment(row.getLong(1), row.getString(2), row.getString(3), null),
        messageId);
  }

  /** One attached file with its content, if there is one of that id. */
  public java.util.Optional<Attachment> attachment(long id) {
    return jdbc
        .query(
            "SELECT id, filename, content_type, content FROM avrr_captured_attachment WHERE id = ?",
            (row, i) ->
                new Attachment(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4)),
            id)
        .stream()
        .findFirst();
  }

  /**
   * The text a reader sees: a plain message's text, or a multipart message's text parts, its
   * attached files collected into {@code attachments}.
   */
  private static String textOf(jakarta.mail.Part part, List<Attachment> attachments)
      throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        String inner = textOf(multipart.getBodyPart(i), attachments);
        if (!inner.isEmpty()) {
          text.append(text.isEmpty() ? "" : "\n").append(inner);
        }
      }
      return text.toString();
    }
    if (part.getFileName() != null
        || jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      byte[] bytes;
      try (java.io.InputStream in = part.getInputStream()) {
        bytes = in.readAllBytes();
      }
      String type =
          part.getContentType() == null ? "application/octet-stream" : part.getContentType();
      attachments.add(
          new Attachment(
              0,
              part.getFileName() == null ? "attachment" : part.getFileName(),
              type.split(";")[0].strip(),
              bytes));
      return "";
    }
    return String.valueOf(content);
  }

  /** A LIKE pattern for the notice keys of one case: they start with its number and a colon. */
  private static String noticeKeysOf(String caseNumber) {
    return caseNumber.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  int port() {
    return smtp.port();
  }

  @Override
  public void destroy() {
    smtp.close();
  }
}
