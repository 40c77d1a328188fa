package org.avrr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.TestSocketUtils;

/** The mail adapter against a real SMTP server that the test runs on a free local port. */
class MailNoticeSenderTest {

  private GreenMail smtp;
  private int port;

  @BeforeEach
  void startSmtp() {
    port = TestSocketUtils.findAvailableTcpPort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aNoticeArrivesWithSenderRecipientsSubjectBodyAndItsKey() throws Exception {
    sender(port).send(notice());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient mailbox
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo("[BY-2026-000001] First contact overdue");
    assertThat(message.getFrom()[0].toString()).isEqualTo("avrr@office.example");
    assertThat(message.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("cm1@office.example", "cm2@office.example");
    assertThat(GreenMailUtil.getBody(message)).contains("Case BY-2026-000001 is overdue.");
    assertThat(message.getHeader(MailNoticeSender.NOTICE_KEY_HEADER))
        .containsExactly("BY-2026-000001:Task_Notify");
  }

  @Test
  void aMailServerThatIsDownFailsTheSendSoTheJobIsRetried() {
    smtp.stop();

    assertThatThrownBy(() -> sender(port).send(notice())).isInstanceOf(MailException.class);
  }

  private static MailNoticeSender sender(int port) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(port);
    Properties timeouts = new Properties();
    timeouts.put("mail.smtp.connectiontimeout", "2000");
    timeouts.put("mail.smtp.timeout", "2000");
    mail.setJavaMailProperties(timeouts);
    // Outside a job, as here, the ledger has nothing to remember (NoticeSentOnceIT tests it).
    return new MailNoticeSender(
        mail,
        new NotificationProperties("avrr@office.example", Map.of()),
        new NoticeLedger(null, null));
  }

  private static Notice notice() {
    return new Notice(
        Notices.FIRST_CONTACT_OVERDUE,
        List.of("cm1@office.example", "cm2@office.example"),
        "[BY-2026-000001] First contact overdue",
        "Case BY-2026-000001 is overdue.",
        "BY-2026-000001:Task_Notify");
  }
}
