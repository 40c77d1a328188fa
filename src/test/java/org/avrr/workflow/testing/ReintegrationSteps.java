package org.avrr.workflow.testing;

import static org.avrr.workflow.reintegration.ReintegrationProcess.*;

import org.avrr.workflow.reintegration.ReintegrationProcess;

/**
 * A reintegration worked the whole way, as the field party, the approver, finance and a case
 * manager do in Tasklist, with the timers run as if their dates had come: for tests of the flows
 * that call it.
 */
public final class ReintegrationSteps {

  private ReintegrationSteps() {}

  /**
   * Counselling, the tailoring plan approved at the standard level, both instalments paid, the
   * three monitoring visits (the last with its survey), closure approved as COMPLETED.
   */
  public static void walkToClosure(CaseWork work) {
    work.submit(TASK_ASSESS_NEEDS, ReintegrationData.assessment(3));
    work.submit(TASK_DRAFT_PLAN, ReintegrationData.tailoringPlan());
    work.runJob(TASK_NOTIFY_APPROVER);
    work.submit(TASK_APPROVE_PLAN, ReintegrationData.decision("APPROVE", null));
    work.runJob(TASK_NOTIFY_DECISION);
    work.submit(TASK_PAY_INSTALMENT, ReintegrationData.payment(500, "INV-2026-0141"));
    work.runTimer(TIMER_EVENT_INSTALMENT_FALLS_DUE);
    work.submit(TASK_PAY_INSTALMENT, ReintegrationData.payment(500, "INV-2026-0388"));
    for (int visit = 1;
        visit <= ProcessTestEngine.REINTEGRATION.monitoringVisits().size();
        visit++) {
      work.runTimer(TIMER_EVENT_VISIT_DUE);
      boolean last = visit == ProcessTestEngine.REINTEGRATION.monitoringVisits().size();
      work.submit(
          TASK_MONITOR_RETURNEE,
          last ? ReintegrationData.finalVisit(4, 4) : ReintegrationData.visit("REACHED"));
      work.runJob(TASK_SEND_MONITORING_REPORT);
    }
    work.joinTracks(GATEWAY_DELIVERY_AND_MONITORING_DONE);
    work.submit(TASK_APPROVE_CLOSURE, ReintegrationData.closure("COMPLETED"));
    work.runJob(ReintegrationProcess.TASK_NOTIFY_CLOSURE);
  }
}
