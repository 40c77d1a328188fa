package org.avrr.workflow.reintegration;

import static org.avrr.workflow.reintegration.ReintegrationProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.i18n.Messages;
import org.avrr.workflow.reintegration.ReintegrationPlan.Instalment;
import org.avrr.workflow.reintegration.ReintegrationPlan.Modality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The plan's life on the case, for the reintegration model's expressions: recorded when drafted,
 * decided by the approver, scheduled into instalments, and paid one instalment after another.
 */
@Component("reintegrationPlans")
public class ReintegrationPlans {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReintegrationSettings settings;
  private final OfficeCalendar calendar;

  public ReintegrationPlans(ReintegrationSettings settings, OfficeCalendar calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The plan the case holds now, as drafted. */
  public ReintegrationPlan plan(VariableScope scope) {
    return ReintegrationPlan.read(
        scope.getVariable(PLAN_COMPONENTS),
        GRANT_CURRENCY.from(scope),
        settings.assistanceWindowMonths());
  }

  /**
   * After drafting: the components as checked (from the form's numbered fields, or as a mission's
   * system submitted them), written back to both, the total, a summary, the revision.
   */
  public void record(DelegateExecution execution) {
    List<java.util.Map<String, Object>> slots = ReintegrationPlan.slotRows(execution::getVariable);
    ReintegrationPlan plan =
        ReintegrationPlan.read(
            slots.isEmpty() ? execution.getVariable(PLAN_COMPONENTS) : slots,
            GRANT_CURRENCY.from(execution),
            settings.assistanceWindowMonths());
    execution.setVariable(PLAN_COMPONENTS, json(JSON.valueToTree(plan.rows())));
    execution.setVariables(plan.slotVariables());
    PLAN_TOTAL.set(execution, plan.total().doubleValue());
    LocalisedNames.setInEachLanguage(execution, PLAN_SUMMARY.name(), plan::summary);
    PLAN_REVISION.set(execution, PLAN_REVISION.find(execution).orElse(0L) + 1);
  }

  /**
   * When a draft is asked for: the reference the field party's system quotes to submit it instead,
   * one per version, so a late submission of an earlier version reaches nobody.
   */
  public void awaitDraft(DelegateTask task) {
    PLAN_SUBMISSION_KEY.set(
        task,
        org.avrr.workflow.authority.IdempotencyKey.of(
            task.getExecution().getProcessBusinessKey(),
            ReintegrationProcess.TASK_DRAFT_PLAN,
            PLAN_REVISION.find(task).orElse(0L) + 1));
  }

  /** When a plan reaches the approver: the last decision's comments are not theirs. */
  public void awaitDecision(DelegateTask task) {
    for (String language : Languages.OFFERED) {
      task.getExecution()
          .removeVariable(LocalisedNames.variable(PLAN_DECISION_COMMENTS.name(), language));
    }
  }

  /** When the approver completes the task: the decision in words and who took it. */
  public void recordDecision(DelegateTask task) {
    if (PLAN_DECISION_COMMENTS.find(task).filter(comments -> !comments.isBlank()).isEmpty()) {
      // No comments: "none" in each reader's language (the comments themselves stay as typed).
      LocalisedNames.setInEachLanguage(
          task, PLAN_DECISION_COMMENTS.name(), Message.of("plan.comments.none"));
    }
    String decision = PLAN_DECISION.from(task);
    LocalisedNames.setInEachLanguage(
        task,
        PLAN_DECISION_TEXT.name(),
        switch (decision) {
          case "APPROVE" -> Message.of("plan.decision.approved");
          case "RETURN" -> Message.of("plan.decision.returned");
          default -> Message.of("plan.decision.rejected");
        });
    if ("APPROVE".equals(decision)) {
      PLAN_APPROVED_BY.set(task, decidedBy(task));
    }
  }

  /** After approval: the instalments in the order they fall due, none paid yet. */
  public void schedule(DelegateExecution execution) {
    List<Instalment> instalments =
        plan(execution).instalments(ReintegrationSettings.arrivedOn(execution));
    ArrayNode scheduled = JSON.createArrayNode();
    for (Instalment instalment : instalments) {
      ObjectNode node = scheduled.addObject();
      node.put("number", instalment.number());
      node.put("title", instalment.title());
      for (String language : Languages.OFFERED) {
        if (!language.equals(Languages.ENGLISH)) {
          node.put(LocalisedNames.variable("title", language), instalment.title(language));
        }
      }
      node.put("component", instalment.kind().name());
      node.put("amount", instalment.amount());
      node.put("currency", instalment.currency());
      node.put("modality", instalment.modality().name());
      if (instalment.supplier() != null) {
        node.put("supplier", instalment.supplier());
      }
      node.put("dueOn", instalment.dueOn().toString());
    }
    execution.setVariable(INSTALMENTS, json(scheduled));
    execution.setVariable(PAYMENTS, json(JSON.createArrayNode()));
    AMOUNT_DELIVERED.set(execution, 0.0);
  }

  /** The multi-instance collection: 1 .. the number of scheduled instalments. */
  public List<Integer> instalmentNumbers(VariableScope scope) {
    return IntStream.rangeClosed(1, instalments(scope).size()).boxed().toList();
  }

  /**
   * At the start of each instalment: what finance pays, to whom and when, as local variables of
   * this instalment (the form shows them).
   */
  public void prepareInstalment(DelegateExecution execution) {
    JsonNode instalment =
        instalments(execution).get(INSTALMENT_NUMBER.from(execution).intValue() - 1);
    BigDecimal amount = instalment.path("amount").decimalValue();
    String currency = instalment.path("currency").asText();
    Modality modality = Modality.valueOf(instalment.path("modality").asText());
    LocalDate dueOn = LocalDate.parse(instalment.path("dueOn").asText());
    for (String language : Languages.OFFERED) {
      // An instalment scheduled before titles were kept per language has its English one.
      execution.setVariableLocal(
          LocalisedNames.variable(INSTALMENT_TITLE.name(), language),
          instalment
              .path(LocalisedNames.variable("title", language))
              .asText(instalment.path("title").asText()));
    }
    execution.setVariableLocal(INSTALMENT_AMOUNT.name(), amount.doubleValue());
    ReintegrationPlan inCurrency = new ReintegrationPlan(currency, List.of());
    for (String language : Languages.OFFERED) {
      execution.setVariableLocal(
          LocalisedNames.variable(INSTALMENT_AMOUNT_TEXT.name(), language),
          inCurrency.money(amount, language));
      execution.setVariableLocal(
          LocalisedNames.variable(INSTALMENT_MODALITY.name(), language), modality.label(language));
      execution.setVariableLocal(
          LocalisedNames.variable(INSTALMENT_PAYEE.name(), language),
          modality == Modality.IN_KIND
              ? instalment.path("supplier").asText()
              : Messages.text(language, "plan.payee.returnee"));
    }
    execution.setVariableLocal(INSTALMENT_DUE_ON.name(), dueOn.toString());
    execution.setVariableLocal(INSTALMENT_DUE_AT.name(), settings.startOfWorkingDay(dueOn));
  }

  /**
   * An instalment waits only while its day has not come in the office: one due today is payable at
   * once, even at 00:30 in Minsk, and the task's due date says by when (the working day's start).
   */
  public boolean notYetDue(VariableScope scope) {
    return LocalDate.parse(INSTALMENT_DUE_ON.from(scope)).isAfter(calendar.today());
  }

  /** After finance recorded a payment: add it, with its evidence, to the case's record. */
  public void recordPayment(DelegateExecution execution) {
    ArrayNode payments = (ArrayNode) read(execution.getVariable(PAYMENTS));
    int number = INSTALMENT_NUMBER.from(execution).intValue();
    ObjectNode payment = payments.addObject();
    payment.put("number", number);
    payment.put("title", INSTALMENT_TITLE.from(execution));
    for (String language : Languages.OFFERED) {
      // Case history shows the title in its reader's language ("title_ru").
      Object title =
          execution.getVariable(LocalisedNames.variable(INSTALMENT_TITLE.name(), language));
      if (!language.equals(Languages.ENGLISH) && title != null) {
        payment.put(LocalisedNames.variable("title", language), title.toString());
      }
    }
    // The component it pays for: the reports count what was paid per kind of support.
    payment.put("component", instalments(execution).get(number - 1).path("component").asText());
    payment.put("amountPaid", BigDecimal.valueOf(AMOUNT_PAID.from(execution)));
    payment.put("paidOn", PAID_ON.from(execution));
    payment.put("evidenceType", EVIDENCE_TYPE.from(execution));
    payment.put("evidenceReference", EVIDENCE_REFERENCE.from(execution));
    PAYMENT_NOTES.find(execution).ifPresent(notes -> payment.put("notes", notes));
    execution.setVariable(PAYMENTS, json(payments));
    AMOUNT_DELIVERED.set(
        execution,
        BigDecimal.valueOf(AMOUNT_DELIVERED.find(execution).orElse(0.0))
            .add(BigDecimal.valueOf(AMOUNT_PAID.from(execution)))
            .doubleValue());
  }

  List<JsonNode> instalments(VariableScope scope) {
    List<JsonNode> list = new ArrayList<>();
    read(scope.getVariable(INSTALMENTS)).forEach(list::add);
    return list;
  }

  /** The user who completes the task: the authenticated user, else whoever had claimed it. */
  private static String decidedBy(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user != null ? user : String.valueOf(task.getAssignee());
  }

  private static JsonNode read(Object value) {
    try {
      return JSON.readTree(String.valueOf(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static org.camunda.spin.plugin.variable.value.JsonValue json(JsonNode node) {
    return SpinValues.jsonValue(node.toString()).create();
  }
}
