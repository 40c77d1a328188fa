package org.avrr.workflow.reports;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.notification.NotificationProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails last month's report to the managers' address ({@code
 * avrr.notification.recipients.managers}) with every report of the twelve months up to it attached
 * as a spreadsheet, and notes the month in {@code avrr_monthly_report} in the same transaction.
 * Runs as a job: a mail server that is down means retries, then an incident. A retry after the mail
 * server accepted the mail but before the note was committed sends the same message again (the same
 * Message-ID, so mail systems that know it keep it once); a month already noted is not mailed
 * again.
 */
@Component("monthlyReportDelegate")
class MonthlyReportDelegate implements JavaDelegate {

  static final String RECIPIENT_ROLE = "managers";

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportDelegate.class);

  private final MonthlyReport report;
  private final ReportWorkbooks workbooks;
  private final JavaMailSender mail;
  private final NotificationProperties notification;
  private final JdbcTemplate jdbc;
  private final OfficeCalendar calendar;
  private final TransactionTemplate ownTransaction;

  MonthlyReportDelegate(
      MonthlyReport report,
      ReportWorkbooks workbooks,
      JavaMailSender mail,
      NotificationProperties notification,
      JdbcTemplate jdbc,
      OfficeCalendar calendar,
      PlatformTransactionManager transactions) {
    this.report = report;
    this.workbooks = workbooks;
    this.mail = mail;
    this.notification = notification;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    YearMonth month = YearMonth.parse((String) execution.getVariable("reportMonth"));
    if (report.sent(month)) {
      LOG.info("The report of {} went out before: not mailed twice", month);
      return;
    }
    List<String> to = notification.recipients().getOrDefault(RECIPIENT_ROLE, List.of());
    if (to.isEmpty()) {
      throw new IllegalStateException(
          "No address for the monthly report: set avrr.notification.recipients."
              + RECIPIENT_ROLE
              + " (AVRR_MAIL_MANAGERS)");
    }
    mail.send(message(month, to, execution.getProcessInstanceId()));
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO avrr_monthly_report (report_month, sent_at, recipients)"
                      + " VALUES (?, ?, ?)",
                  month.toString(),
                  Timestamp.from(calendar.now()),
                  String.join(", ", to)));
    } catch (DuplicateKeyException noted) {
      LOG.warn("The report of {} was noted as sent by another run at the same time", month);
    }
    LOG.info("The report of {} was mailed to {}", month, to);
  }

  private MimeMessage message(YearMonth month, List<String> to, String instance) {
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper =
          new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(notification.from());
      helper.setTo(to.toArray(String[]::new));
      // In the managers' language (the office's, unless configured for them).
      String language = notification.languageOf(RECIPIENT_ROLE, false);
      helper.setSubject(MonthlyReport.subject(month, language));
      helper.setText(report.text(month, language));
      helper.addAttachment(
          "avrr-report-" + month.minusMonths(11) + "-to-" + month + ".xlsx",
          new ByteArrayResource(
              workbooks.of(ReportWorkbooks.ALL, MonthlyReport.yearTo(month), language)),
          ReportsController.XLSX);
      // The same for every try of this month's report: a retransmission is the same message.
      message.setHeader(
          "Message-ID",
          "<monthly-report."
              + month
              + "."
              + instance.replaceAll("[^A-Za-z0-9-]", "")
              + "@"
              + domain()
              + ">");
    } catch (MessagingException e) {
      throw new MailPreparationException("The report of " + month + " cannot be prepared", e);
    }
    return message;
  }

  private String domain() {
    String from = notification.from();
    String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return domain.isEmpty() ? "avrr-workflow" : domain;
  }
}
