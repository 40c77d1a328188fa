package org.avrr.workflow.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.avrr.workflow.common.HistoryEventListener;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.reintegration.ReintegrationPlan;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's statistics record ({@link CaseStatistics}) as the case moves, from the engine's
 * own history events, in the transaction of the step that caused them: a case opened, a milestone
 * reached (a step of the models ended), a category recorded (a variable set), the case closed (with
 * the end it reached). The models know nothing of it; which step means which milestone, and which
 * variable which category, is the two tables below.
 */
@Component
class CaseStatisticsRecorder implements HistoryEventListener {

  /** A step's end, by process and step id, and the milestone date it sets. */
  static final Map<String, CaseStatistics.Milestone> MILESTONES =
      Map.ofEntries(
          Map.entry(
              "intake-counselling/Task_RecordFirstContactAndConsent",
              CaseStatistics.Milestone.FIRST_CONTACT),
          Map.entry(
              "intake-counselling/EndEvent_DeclarationSigned",
              CaseStatistics.Milestone.DECLARATION),
          // Decided by the rules or by a case manager: the stage's end is the decision.
          Map.entry("eligibility/EndEvent_Eligible", CaseStatistics.Milestone.ELIGIBILITY),
          Map.entry("eligibility/EndEvent_NotEligible", CaseStatistics.Milestone.ELIGIBILITY),
          Map.entry("eligibility/EndEvent_ReferredToUnhcr", CaseStatistics.Milestone.ELIGIBILITY),
          Map.entry(
              "pre-departure/Event_ExitClearanceAnswered", CaseStatistics.Milestone.EXIT_CLEARANCE),
          Map.entry(
              "pre-departure/Task_RecordPaperExitClearance",
              CaseStatistics.Milestone.EXIT_CLEARANCE),
          Map.entry(
              "pre-departure/Task_CheckTravelDocument", CaseStatistics.Milestone.TRAVEL_DOCUMENT),
          Map.entry(
              "pre-departure/Task_RecordEmbassyAnswer", CaseStatistics.Milestone.TRAVEL_DOCUMENT),
          Map.entry("travel/EndEvent_Departed", CaseStatistics.Milestone.DEPARTED),
          Map.entry("arrival/EndEvent_ArrivalConfirmed", CaseStatistics.Milestone.ARRIVED),
          Map.entry("avrr-inbound/Task_ConfirmDeparture", CaseStatistics.Milestone.DEPARTED),
          Map.entry("avrr-inbound/Task_AssistArrival", CaseStatistics.Milestone.ARRIVED),
          Map.entry("reintegration/EndEvent_PlanApproved", CaseStatistics.Milestone.PLAN_APPROVED),
          Map.entry("reintegration/EndEvent_InstalmentPaid", CaseStatistics.Milestone.INSTALMENT),
          Map.entry(
              "reintegration/EndEvent_Referred", CaseStatistics.Milestone.PSYCHOSOCIAL_REFERRAL));

  /** How each end of a case's own process reads in the reports, where caseOutcome does not say. */
  static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry("EndEvent_ClosedNoDataConsent", "no-data-consent"),
          Map.entry("EndEvent_ClosedMigrantDeclined", "declined-to-return"),
          Map.entry("EndEvent_ClosedNotEligible", "not-eligible"),
          Map.entry("EndEvent_ClosedReferredToUnhcr", "referred-to-unhcr"),
          Map.entry("EndEvent_ClosedAtPreDeparture", "closed-before-departure"),
          Map.entry("EndEvent_ClosedBeforeDeparture", "closed-before-departure"),
          Map.entry("EndEvent_ClosedAtTravel", "closed-before-departure"),
          Map.entry("EndEvent_WithdrawnDuringTravel", "withdrawn"),
          Map.entry("EndEvent_CaseWithdrawn", "withdrawn"),
          Map.entry("EndEvent_ArrivalNotConfirmed", "arrival-not-confirmed"),
          Map.entry("EndEvent_ReintegrationClosed", "reintegration-closed"),
          Map.entry("EndEvent_ReturnCancelled", "return-cancelled"),
          Map.entry("EndEvent_CaseClosed", "reintegration-closed"));

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(CaseStatisticsRecorder.class);

  /** The variables the record reads (the cases of {@link #variable}); the backfill replays them. */
  static final java.util.Set<String> VARIABLES =
      java.util.Set.of(
          "sex",
          "dateOfBirth",
          "applicationDate",
          "countryOfReturn",
          "sendingMissionGroup",
          "reintegrationProgramme",
          "unaccompaniedOrSeparatedChild",
          "traffickingIndicators",
          "healthNeeds",
          "medicalCareNeeded",
          "caseOutcome",
          "closureReason",
          "grantCurrency",
          "planTotal",
          "amountDelivered",
          "reintegrationInstalments",
          "reintegrationPayments",
          "rssEconomicScore",
          "rssSocialScore",
          "rssPsychosocialScore");

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> CASE_PROCESSES =
      List.of(OutboundReturnProcess.KEY, InboundReturnProcess.KEY);

  private final CaseStatistics statistics;
  private final OfficeCalendar calendar;
  private final MissionDirectory missions;

  CaseStatisticsRecorder(
      CaseStatistics statistics, OfficeCalendar calendar, MissionDirectory missions) {
    this.statistics = statistics;
    this.calendar = calendar;
    this.missions = missions;
  }

  /**
   * A fault of the record (a bug here) must never fail the step that moved the case: it is logged,
   * the step goes on, the record misses that one fact. (A database error still fails the step, as
   * any other write in its transaction does.)
   */
  @Override
  public void on(HistoryEvent event) {
    try {
      record(event);
    } catch (RuntimeException bug) {
      LOG.error(
          "Statistics record of process instance {}: {} event not kept",
          event.getRootProcessInstanceId(),
          event.getEventType(),
          bug);
    }
  }

  /** One event of a case's history, replayed by the backfill: a fault here fails that case. */
  void replay(HistoryEvent event) {
    record(event);
  }

  private void record(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance) {
      caseInstance(instance);
    } else if (event instanceof HistoricActivityInstanceEventEntity step
        && HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(step.getEventType())) {
      CaseStatistics.Milestone milestone =
          MILESTONES.get(step.getProcessDefinitionKey() + "/" + step.getActivityId());
      if (milestone != null) {
        statistics.reached(step.getRootProcessInstanceId(), milestone, dateOf(step.getEndTime()));
      }
    } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
      variable(variable);
    }
  }

  private void caseInstance(HistoricProcessInstanceEventEntity instance) {
    if (instance.getProcessDefinitionKey() == null
        || !CASE_PROCESSES.contains(instance.getProcessDefinitionKey())) {
      return;
    }
    String flow =
        OutboundReturnProcess.KEY.equals(instance.getProcessDefinitionKey())
            ? "outbound"
            : "inbound";
    String type = instance.getEventType();
    if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(type)) {
      statistics.opened(
          instance.getProcessInstanceId(),
          instance.getBusinessKey(),
          flow,
          dateOf(instance.getStartTime()));
    } else if (HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(type)
        && instance.getBusinessKey() != null) {
      statistics.numbered(instance.getProcessInstanceId(), instance.getBusinessKey());
    } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type)
        && instance.getEndTime() != null) {
      statistics.closed(
          instance.getProcessInstanceId(),
          dateOf(instance.getEndTime()),
          // No end event: the instance was deleted (cancelled in Cockpit, or by an operator).
          instance.getEndActivityId() == null
              ? "cancelled"
              : OUTCOMES.getOrDefault(instance.getEndActivityId(), "ended"));
    }
  }

  /** The variables that are categories, figures or dates of the reports; nothing else is read. */
  private void variable(HistoricVariableUpdateEventEntity variable) {
    String caseId = variable.getRootProcessInstanceId();
    if (caseId == null || variable.getVariableName() == null) {
      return;
    }
    switch (variable.getVariableName()) {
      case "sex" -> statistics.category(caseId, "sex", oneOf(text(variable), "F", "M", "X"));
      case "dateOfBirth" -> {
        LocalDate born = date(text(variable));
        if (born != null) {
          statistics.category(
              caseId, "age_band", ageBand(calendar.ageOn(born, dateOf(variable.getTimestamp()))));
        }
      }
      case "applicationDate" -> statistics.date(caseId, "applied_on", date(text(variable)));
      case "countryOfReturn" -> {
        String country = text(variable);
        if (country != null && country.matches("[A-Z]{2}")) {
          statistics.category(caseId, "country", country);
          missions
              .inCountry(country)
              .ifPresent(
                  mission ->
                      statistics.category(
                          caseId, "mission", AvrrGroups.missionGroup(mission.code())));
        }
      }
      case "sendingMissionGroup" ->
          missions
              .byGroup(text(variable))
              .ifPresent(
                  mission -> {
                    statistics.category(caseId, "mission", AvrrGroups.missionGroup(mission.code()));
                    statistics.category(caseId, "country", countryOf(mission));
                  });
      case "reintegrationProgramme" ->
          statistics.category(caseId, "programme", code(text(variable), 40));
      case "unaccompaniedOrSeparatedChild" ->
          statistics.flag(caseId, "unaccompanied_child", isTrue(variable));
      case "traffickingIndicators" -> statistics.flag(caseId, "trafficking", isTrue(variable));
      case "healthNeeds", "medicalCareNeeded" ->
          statistics.flag(caseId, "medical", isTrue(variable));
      // The outbound model names each end in caseOutcome (e.g. REFERRED_TO_UNHCR): the closest
      // word for how the case ended; the end event is the fallback (the inbound model).
      case "caseOutcome" -> {
        String outcome = code(text(variable), 40);
        if (outcome != null) {
          statistics.category(caseId, "outcome", outcome.toLowerCase().replace('_', '-'));
        }
      }
      case "closureReason" ->
          statistics.category(caseId, "closure_reason", code(text(variable), 40));
      case "grantCurrency" ->
          statistics.category(caseId, "grant_currency", code(text(variable), 3));
      case "planTotal" -> statistics.amount(caseId, "grant_committed", number(variable));
      case "amountDelivered" -> statistics.amount(caseId, "grant_paid", number(variable));
      case "reintegrationInstalments" -> grantCommitted(caseId, variable);
      case "reintegrationPayments" -> grantPaid(caseId, variable);
      case "rssEconomicScore" -> statistics.survey(caseId, "rss_economic", number(variable));
      case "rssSocialScore" -> statistics.survey(caseId, "rss_social", number(variable));
      case "rssPsychosocialScore" ->
          statistics.survey(caseId, "rss_psychosocial", number(variable));
      default -> {
        // not a figure of the reports
      }
    }
  }

  /**
   * The scheduled instalments of an approved plan (JSON, ReintegrationPlans.schedule): their
   * amounts added up per component type are what the plan commits to each kind of support.
   */
  private void grantCommitted(String caseId, HistoricVariableUpdateEventEntity variable) {
    JsonNode instalments = json(variable);
    if (instalments == null || !instalments.isArray() || instalments.isEmpty()) {
      return;
    }
    Map<String, BigDecimal> committed = new TreeMap<>();
    String currency = code(instalments.get(0).path("currency").asText(null), 3);
    for (JsonNode instalment : instalments) {
      String component = code(instalment.path("component").asText(null), 40);
      if (component != null && instalment.path("amount").isNumber()) {
        committed.merge(component, instalment.path("amount").decimalValue(), BigDecimal::add);
      }
    }
    if (currency != null) {
      statistics.grantCommitted(caseId, currency, committed);
    }
  }

  /** The payments recorded so far (JSON, ReintegrationPlans.recordPayment), per component type. */
  private void grantPaid(String caseId, HistoricVariableUpdateEventEntity variable) {
    JsonNode payments = json(variable);
    if (payments == null || !payments.isArray() || payments.isEmpty()) {
      return;
    }
    Map<String, BigDecimal> paid = new TreeMap<>();
    for (JsonNode payment : payments) {
      String component = code(payment.path("component").asText(null), 40);
      if (component == null) {
        component = componentOfTitle(payment.path("title").asText(""));
      }
      if (component != null && payment.path("amountPaid").isNumber()) {
        paid.merge(component, payment.path("amountPaid").decimalValue(), BigDecimal::add);
      }
    }
    statistics.grantPaid(caseId, paid);
  }

  /**
   * A payment recorded before payments named their component (an office upgrading, its history
   * replayed by the backfill): its title begins with the component's name in the grid, e.g.
   * "Business start-up: sewing machine (instalment 1 of 2)".
   */
  static String componentOfTitle(String title) {
    for (ReintegrationPlan.Kind kind : ReintegrationPlan.Kind.values()) {
      if (title.startsWith(kind.label() + ": ")) {
        return kind.name();
      }
    }
    return null;
  }

  /** A JSON variable's value (Spin keeps it as bytes), or null if it is not JSON. */
  private static JsonNode json(HistoricVariableUpdateEventEntity variable) {
    try {
      if (variable.getByteValue() != null) {
        return JSON.readTree(variable.getByteValue());
      }
      return variable.getTextValue() == null ? null : JSON.readTree(variable.getTextValue());
    } catch (java.io.IOException notJson) {
      return null;
    }
  }

  /** IOM's reporting bands: a child is under 18, an older person 60 or over. */
  static String ageBand(int age) {
    if (age < OfficeCalendar.AGE_OF_MAJORITY) {
      return "child";
    }
    return age >= 60 ? "older" : "adult";
  }

  private static String countryOf(IdentityProperties.Mission mission) {
    return mission.country();
  }

  private LocalDate dateOf(Date time) {
    return time == null ? calendar.today() : calendar.dateOf(time.toInstant());
  }

  private static String text(HistoricVariableUpdateEventEntity variable) {
    return variable.getTextValue();
  }

  private static boolean isTrue(HistoricVariableUpdateEventEntity variable) {
    Long value = variable.getLongValue();
    return (value != null && value != 0) || "true".equals(variable.getTextValue());
  }

  private static BigDecimal number(HistoricVariableUpdateEventEntity variable) {
    if (variable.getDoubleValue() != null) {
      return BigDecimal.valueOf(variable.getDoubleValue());
    }
    if (variable.getLongValue() != null) {
      return BigDecimal.valueOf(variable.getLongValue());
    }
    return null;
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static String oneOf(String value, String... allowed) {
    return value != null && List.of(allowed).contains(value) ? value : null;
  }

  /** Codes only (programmes, reasons, currencies): never free text, which might name someone. */
  private static String code(String value, int max) {
    return value != null && value.length() <= max && value.matches("[A-Z0-9_]+") ? value : null;
  }
}
