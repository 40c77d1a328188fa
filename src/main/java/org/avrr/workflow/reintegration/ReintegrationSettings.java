package org.avrr.workflow.reintegration;

import static org.avrr.workflow.arrival.ArrivalProcess.ARRIVED_ON;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.COUNTRY_OF_RETURN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.reintegration.ReintegrationProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The reintegration model's deadlines, counters and parties, for its expressions. Dates count from
 * the returnee's arrival (arrivedOn) and fall at the start of the office's working day.
 */
@Component("reintegrationSettings")
public class ReintegrationSettings {

  /** Deadlines fall due at the start of the office's working day. */
  static final LocalTime WORKING_DAY_STARTS = LocalTime.of(9, 0);

  private final ReintegrationProperties properties;
  private final OfficeProperties office;
  private final MissionDirectory missions;

  public ReintegrationSettings(
      ReintegrationProperties properties, OfficeProperties office, MissionDirectory missions) {
    this.properties = properties;
    this.office = office;
    this.missions = missions;
  }

  /** At the start: the returnee's age on arrival and the counters the model reads. */
  public void prepare(DelegateExecution execution) {
    DATE_OF_BIRTH
        .find(execution)
        .flatMap(ReintegrationSettings::date)
        .ifPresent(
            born ->
                RETURNEE_AGE.set(
                    execution, (long) Period.between(born, arrivedOn(execution)).getYears()));
    PLAN_REVISION.set(execution, 0L);
    MONITORING_VISIT.set(execution, 0L);
    CONTACT_ATTEMPT.set(execution, 0L);
  }

  // --- Who works an outbound case's reintegration ---

  /**
   * The receiving mission in the country of return counsels, drafts and monitors; where the office
   * works with no mission there, its own reintegration officers do it remotely.
   */
  public String outboundFieldGroup(VariableScope scope) {
    return missions
        .inCountry(COUNTRY_OF_RETURN.from(scope))
        .map(mission -> AvrrGroups.missionGroup(mission.code()))
        .orElse(AvrrGroups.REINTEGRATION_OFFICERS);
  }

  public String getOutboundProgramme() {
    return properties.outboundProgramme();
  }

  // --- The plan ---

  public Date planReminderDue(VariableScope scope) {
    return dayAfterArrival(scope, properties.planReminderAfter());
  }

  public Date planEscalationDue(VariableScope scope) {
    return dayAfterArrival(scope, properties.planEscalationAfter());
  }

  /** The plan is due when case managers would be alerted. */
  public Date planDue(VariableScope scope) {
    return planEscalationDue(scope);
  }

  public int getMaxPlanRevisions() {
    return properties.maxPlanRevisions();
  }

  /** ISO-8601 period for the chase timer's cycle, e.g. P15D. */
  public String getApprovalChaseEvery() {
    return properties.approvalChaseEvery().toString();
  }

  public String getSeniorApproversGroup() {
    return properties.seniorApproversGroup();
  }

  // --- Monitoring ---

  public Date nextVisitDue(VariableScope scope) {
    int done = MONITORING_VISIT.from(scope).intValue();
    return dayAfterArrival(scope, properties.monitoringVisits().get(done));
  }

  /** When the visit task is created: which visit it is, and whether it is the last. */
  public void prepareVisit(DelegateExecution execution) {
    int visit = MONITORING_VISIT.from(execution).intValue() + 1;
    int visits = properties.monitoringVisits().size();
    LocalisedNames.setInEachLanguage(
        execution, MONITORING_VISIT_LABEL.name(), Message.of("monitoring.visitOf", visit, visits));
    FINAL_MONITORING_VISIT.set(execution, visit == visits);
  }

  /** When the visit task is completed: count a visit done, or a failed attempt. */
  public void recordContact(DelegateExecution execution) {
    if ("NOT_REACHED".equals(CONTACT_OUTCOME.from(execution))) {
      CONTACT_ATTEMPT.set(execution, CONTACT_ATTEMPT.from(execution) + 1);
    } else {
      MONITORING_VISIT.set(execution, MONITORING_VISIT.from(execution) + 1);
      CONTACT_ATTEMPT.set(execution, 0L);
    }
  }

  public boolean visitsRemain(VariableScope scope) {
    return MONITORING_VISIT.from(scope) < properties.monitoringVisits().size();
  }

  public int getContactAttempts() {
    return properties.contactAttempts();
  }

  /** ISO-8601 period for the retry timer, e.g. P7D. */
  public String getContactRetryAfter() {
    return properties.contactRetryAfter().toString();
  }

  /** The end of the assistance window plus its grace: a case still open then is closed. */
  public Date windowElapsedAt(VariableScope scope) {
    return dayAfterArrival(
        scope, properties.assistanceWindow().plus(properties.closureGrace()).normalized());
  }

  /** Today in the office, as an ISO date (e.g. the day a case is closed). */
  public String today() {
    return LocalDate.now(
            java.time.Clock.fixed(
                org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant(), office.zone()))
        .toString();
  }

  int assistanceWindowMonths() {
    return properties.assistanceWindowMonths();
  }

  List<Period> monitoringVisits() {
    return properties.monitoringVisits();
  }

  static LocalDate arrivedOn(VariableScope scope) {
    return LocalDate.parse(ARRIVED_ON.from(scope));
  }

  Date startOfWorkingDay(LocalDate day) {
    return Date.from(day.atTime(WORKING_DAY_STARTS).atZone(office.zone()).toInstant());
  }

  private Date dayAfterArrival(VariableScope scope, Period period) {
    return startOfWorkingDay(arrivedOn(scope).plus(period));
  }

  private static java.util.Optional<LocalDate> date(String text) {
    try {
      return java.util.Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }
}
