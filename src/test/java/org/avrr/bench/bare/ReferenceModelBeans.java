package org.avrr.bench.bare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Every bean the models name, as a no-op: no call to an authority, no mail, no audit, no form rule,
 * no task label, no parsing of a plan. Where a gateway, a decision table, a timer or a candidate
 * group reads what our code would have set, a constant of the benchmark's walk stands in (an Iraqi
 * returnee, a EUR 1,000 plan in two instalments, three monitoring visits), so a reference case goes
 * through the same flow nodes as ours; the benchmark checks that it does. Names and values are
 * written out here, not taken from avrr-workflow's classes, which the bare engine does not have.
 */
@Configuration
@Profile("reference-models")
public class ReferenceModelBeans {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Minsk");
  private static final JavaDelegate NOTHING = execution -> {};

  @Bean
  JavaDelegate sendNoticeDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate borderNotificationWithdrawalDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate caseWithdrawalDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate caseErasureDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate documentFilesDeletionDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate referralRegistrationDelegate() {
    return NOTHING;
  }

  @Bean
  JavaDelegate paymentRecordingDelegate() {
    return NOTHING;
  }

  @Bean
  ExecutionListener caseNumberAssigner() {
    return execution -> {};
  }

  /** The timer of the first-contact deadline needs a date. */
  @Bean
  ExecutionListener firstContactDeadline() {
    return execution ->
        execution.setVariable("firstContactDue", Date.from(Instant.now().plus(4, ChronoUnit.DAYS)));
  }

  /** The eligibility table reads the Ministry's answer. */
  @Bean
  JavaDelegate migrationStatusCheckDelegate() {
    return execution -> {
      execution.setVariable("migrationLegalStatus", "IRREGULAR_STAY");
      execution.setVariable("hasPendingProceedings", false);
      execution.setVariable("hasRemovalOrder", false);
      execution.setVariable("hasEntryBan", false);
      execution.setVariable("hasOutstandingFines", false);
      execution.setVariable("statusCheckReference", "MIA-REFERENCE");
      execution.setVariable("statusCheckedAt", Instant.now().toString());
    };
  }

  @Bean
  JavaDelegate exitClearanceRequestDelegate() {
    return execution -> {
      execution.setVariable(
          "exitClearanceRequestKey",
          execution.getProcessBusinessKey() + ":Task_RequestExitClearance");
      execution.setVariable("exitClearanceRequestReference", "MIA-XC-REFERENCE");
    };
  }

  @Bean
  JavaDelegate borderNotificationDelegate() {
    return execution -> {
      execution.setVariable(
          "departureNotificationKey",
          execution.getProcessBusinessKey() + ":Task_NotifyBorderAuthority");
      execution.setVariable("departureNotificationReference", "SBC-REFERENCE");
    };
  }

  @Bean
  JavaDelegate arrivalRegistrationDelegate() {
    return execution -> execution.setVariable("arrivalRegistrationReference", "SBC-A-REFERENCE");
  }

  /** The psychosocial band decides on a referral: MEDIUM, none. */
  @Bean
  JavaDelegate rssSurveyScoringDelegate() {
    return execution -> {
      execution.setVariable("rssSurveyVersion", "IOM_RSS_2017");
      for (String dimension : List.of("Economic", "Social", "Psychosocial", "Composite")) {
        execution.setVariable("rss" + dimension + "Score", 0.5);
        execution.setVariable("rss" + dimension + "Band", "MEDIUM");
      }
    };
  }

  /** The approval level table reads the plan's total. */
  @Bean
  JavaDelegate planRecordingDelegate() {
    return execution -> {
      execution.setVariable("planTotal", 1000.0);
      execution.setVariable("planSummary", "Business start-up: EUR 1,000 in two instalments");
      Object revision = execution.getVariable("planRevision");
      execution.setVariable(
          "planRevision", revision == null ? 1L : ((Number) revision).longValue() + 1);
    };
  }

  /** Two instalments: the first due now, the second in six months (its timer is run). */
  @Bean
  JavaDelegate instalmentSchedulingDelegate() {
    return execution -> execution.setVariable("amountDelivered", 0.0);
  }

  @Component("eligibilitySettings")
  public static class EligibilitySettings {
    public boolean projectFundsAvailable() {
      return true;
    }
  }

  @Component("preDepartureSettings")
  public static class PreDepartureSettings {
    public String travelDocumentDeadline() {
      return "P30D";
    }

    public String exitClearanceWait() {
      return "P21D";
    }
  }

  @Component("travelSettings")
  public static class TravelSettings {
    public long maxBookings() {
      return 3;
    }

    public Date departureAt(VariableScope scope) {
      return inDays(1);
    }
  }

  @Component("travelRouting")
  public static class TravelRouting {
    public List<String> transitCountries(VariableScope scope) {
      return List.of();
    }

    public List<String> transitMissionCountries(VariableScope scope) {
      return List.of();
    }

    public boolean blocked(DmnDecisionResult findings) {
      return false;
    }

    public boolean documentsNeeded(DmnDecisionResult findings) {
      return false;
    }

    public boolean assistanceNeeded(DmnDecisionResult findings) {
      return false;
    }

    public String documents(DmnDecisionResult findings) {
      return "";
    }

    public String findings(DmnDecisionResult findings, VariableScope scope) {
      return "No findings: a direct route with nothing to obtain.";
    }

    public String description(VariableScope scope) {
      return "Minsk National Airport (MSQ), direct flight, no escort";
    }
  }

  @Component("arrivalSettings")
  public static class ArrivalSettings {
    public String confirmingGroup(VariableScope scope) {
      return "mission-irq";
    }

    public String confirmationKey(DelegateExecution execution) {
      return execution.getProcessBusinessKey() + ":Task_ConfirmArrival#1";
    }

    public Date confirmationDue(VariableScope scope) {
      return inDays(3);
    }
  }

  @Component("inboundSettings")
  public static class InboundSettings {
    public void prepare(DelegateExecution execution) {
      execution.setVariable("reintegrationFieldGroup", "reintegration-officers");
      execution.setVariable("planApprovingGroup", execution.getVariable("sendingMissionGroup"));
    }

    public Date receptionDue(VariableScope scope) {
      return inDays(1);
    }

    public Date departureDue(VariableScope scope) {
      return inDays(1);
    }

    public Date arrivalDue(VariableScope scope) {
      return inDays(1);
    }
  }

  @Component("reintegrationSettings")
  public static class ReintegrationSettings {
    public void prepare(DelegateExecution execution) {
      execution.setVariable("returneeAge", 35L);
      execution.setVariable("planRevision", 0L);
      execution.setVariable("monitoringVisit", 0L);
      execution.setVariable("contactAttempt", 0L);
    }

    public String outboundFieldGroup(VariableScope scope) {
      return "mission-irq";
    }

    public String getOutboundProgramme() {
      return "BELARUS_AVRR";
    }

    public Date planReminderDue(VariableScope scope) {
      return inDays(21);
    }

    public Date planEscalationDue(VariableScope scope) {
      return inDays(30);
    }

    public Date planDue(VariableScope scope) {
      return inDays(30);
    }

    public int getMaxPlanRevisions() {
      return 3;
    }

    public String getApprovalChaseEvery() {
      return "P15D";
    }

    public String getSeniorApproversGroup() {
      return "senior-approvers";
    }

    public Date nextVisitDue(VariableScope scope) {
      long done = ((Number) scope.getVariable("monitoringVisit")).longValue();
      return inDays(90 * (done + 1));
    }

    public void prepareVisit(DelegateExecution execution) {
      long visit = ((Number) execution.getVariable("monitoringVisit")).longValue() + 1;
      execution.setVariable("finalMonitoringVisit", visit == 3);
    }

    public void recordContact(DelegateExecution execution) {
      long done = ((Number) execution.getVariable("monitoringVisit")).longValue();
      execution.setVariable("monitoringVisit", done + 1);
    }

    public boolean visitsRemain(VariableScope scope) {
      return ((Number) scope.getVariable("monitoringVisit")).longValue() < 3;
    }

    public int getContactAttempts() {
      return 3;
    }

    public String getContactRetryAfter() {
      return "P7D";
    }

    public Date windowElapsedAt(VariableScope scope) {
      return inDays(395);
    }

    public String today() {
      return LocalDate.now(OFFICE).toString();
    }
  }

  @Component("reintegrationPlans")
  public static class ReintegrationPlans {
    public void awaitDraft(DelegateTask task) {}

    public void awaitDecision(DelegateTask task) {}

    public void recordDecision(DelegateTask task) {}

    public List<Integer> instalmentNumbers(VariableScope scope) {
      return List.of(1, 2);
    }

    public void prepareInstalment(DelegateExecution execution) {
      long number = ((Number) execution.getVariable("instalmentNumber")).longValue();
      execution.setVariableLocal(
          "instalmentDueAt", number == 1 ? Date.from(Instant.now().minusSeconds(60)) : inDays(182));
    }

    public boolean notYetDue(VariableScope scope) {
      return ((Date) scope.getVariable("instalmentDueAt"))
          .toInstant()
          .isAfter(ClockUtil.now().toInstant());
    }
  }

  private static Date inDays(long days) {
    return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
  }
}
