package org.avrr.workflow.notification;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * The notices the processes send. Each is a template file {@code notices/<id>.txt}; a "Send notice"
 * service task names it in its input parameter {@link #NOTICE}.
 */
public final class Notices {

  /** Input parameter of a send-notice task: which template to send. */
  public static final ProcessVariable<String> NOTICE = string("notice");

  /**
   * Optional input parameter for a step that sends the same notice more than once on purpose, e.g.
   * per booking or per transit country: it tells the sends apart in the notice key, while a retried
   * job keeps its key.
   */
  public static final String NOTICE_FOR = "noticeFor";

  public static final String FIRST_CONTACT_OVERDUE = "first-contact-overdue";
  public static final String TRAVEL_DOCUMENT_OVERDUE = "travel-document-overdue";
  public static final String RECEIVING_MISSION_CASE_SUMMARY = "receiving-mission-case-summary";

  private Notices() {}
}
