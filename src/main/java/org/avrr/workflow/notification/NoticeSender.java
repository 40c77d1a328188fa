package org.avrr.workflow.notification;

/** Sends notices to people outside Tasklist: officers on escalations, missions abroad. */
public interface NoticeSender {

  /**
   * @throws org.springframework.mail.MailException when the mail server does not take it; the job
   *     that sends it retries, then raises an incident
   */
  void send(Notice notice);
}
