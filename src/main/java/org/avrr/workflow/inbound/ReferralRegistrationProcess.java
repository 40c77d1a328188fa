package org.avrr.workflow.inbound;

import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/**
 * "Register a mission's referral" ({@code processes/referral-registration.bpmn}): a movement
 * officer or case manager enters, in Tasklist, a referral a sending mission sent by e-mail or on
 * paper; its one step opens the inbound case as if the mission's system had posted it.
 */
public final class ReferralRegistrationProcess {

  public static final String KEY = "referral-registration";
  public static final String FORM = "referral-registration";
  public static final String TASK_OPEN_INBOUND_CASE = "Task_OpenInboundCase";

  /** The sending mission's code, e.g. deu, as typed. */
  public static final ProcessVariable<String> SENDING_MISSION_CODE = string("sendingMission");

  /** The sending mission's own reference of the referral. */
  public static final ProcessVariable<String> MISSION_REFERENCE = string("missionReference");

  /** The inbound case the registration opened. */
  public static final ProcessVariable<String> INBOUND_CASE_NUMBER = string("inboundCaseNumber");

  private ReferralRegistrationProcess() {}
}
