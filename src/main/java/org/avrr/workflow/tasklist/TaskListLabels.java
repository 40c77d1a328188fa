package org.avrr.workflow.tasklist;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.i18n.ProcessCatalogue;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Labels every user task with its case number and the person's name, as task variables, so that
 * Tasklist's filters can show them in the list, and raises the priority of a vulnerable person's
 * tasks (the filter "Vulnerable cases first" sorts by it). Tasklist shows a filter's variables only
 * to users who may read them; the case's own variables are need-to-know (readable through the task
 * only), while a task's variables are readable by whoever may see the task. The labels have names
 * of their own so that a form submitting {@code surname} never writes to a task variable instead of
 * the case.
 *
 * <p>It also names the case's codes in words for the forms' texts ({@link DisplayNames}), and gives
 * a task without a due date of its own the office's deadline for it ({@link
 * TaskDeadlineProperties}), so "Due or overdue" and the list's "Due in 3 days" mean something.
 */
@Component
public class TaskListLabels extends AbstractProcessEnginePlugin {

  /** The case number, e.g. BY-2026-000001. */
  public static final String CASE_LABEL = "listCaseNumber";

  /** Given names and surname, as far as the case knows them. */
  public static final String PERSON_LABEL = "listPerson";

  /** Tasklist's default task priority. */
  static final int NORMAL_PRIORITY = 50;

  /**
   * The priority of a task for a person the triage or the reintegration assessment found
   * vulnerable.
   */
  public static final int VULNERABLE_PRIORITY = 80;

  private final DisplayNames names;
  private final TaskDeadlines deadlines;
  private final WordsOnForms wordsOnForms;

  TaskListLabels(
      TaskDeadlineProperties deadlineProperties,
      MissionDirectory missions,
      OfficeProperties office,
      ProcessCatalogue catalogue) {
    this.names = new DisplayNames(missions, catalogue);
    this.deadlines = new TaskDeadlines(deadlineProperties, office.zone());
    this.wordsOnForms = WordsOnForms.ofDeployments();
  }

  /** The listener of a user task whose form is {@code formId} (none: null). */
  private TaskListener labelFor(String formId) {
    return task -> {
      labelAndPrioritise(task);
      names.label(task, shownOn(task, formId));
      if (task.getDueDate() == null) {
        deadlines
            .due(task.getTaskDefinitionKey(), ClockUtil.getCurrentTime().toInstant())
            .ifPresent(due -> task.setDueDate(Date.from(due)));
      }
    };
  }

  /**
   * The words the task's form shows, as its own deployment has the form; none known: every word.
   */
  private Predicate<String> shownOn(DelegateTask task, String formId) {
    String deployment =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(task.getProcessDefinitionId())
            .getDeploymentId();
    return wordsOnForms
        .shownBy(deployment, formId)
        .<Predicate<String>>map(words -> words::contains)
        .orElse(word -> true);
  }

  private static void labelAndPrioritise(DelegateTask task) {
    task.setVariableLocal(CASE_LABEL, task.getExecution().getProcessBusinessKey());
    Object given = task.getVariable("givenNames");
    Object surname = task.getVariable("surname");
    String person = ((given == null ? "" : given + " ") + (surname == null ? "" : surname)).strip();
    if (!person.isEmpty()) {
      task.setVariableLocal(PERSON_LABEL, person);
    }
    if (task.getPriority() == NORMAL_PRIORITY && vulnerable(task)) {
      task.setPriority(VULNERABLE_PRIORITY);
    }
  }

  /** HIGH from the vulnerability triage, or found vulnerable when reintegration was assessed. */
  private static boolean vulnerable(DelegateTask task) {
    return "HIGH".equals(task.getVariable("vulnerabilityPriority"))
        || Boolean.TRUE.equals(task.getVariable("returneeVulnerable"));
  }

  /** Every task variable this sets: copies for the open task, kept out of history. */
  static Set<String> labels() {
    Set<String> labels = new HashSet<>(DisplayNames.VARIABLES);
    labels.add(CASE_LABEL);
    labels.add(PERSON_LABEL);
    return labels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Named "full" like Camunda's level, and chosen by name: the last level of that name wins.
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(new TaskLabelHistory(labels()));
    configuration.setCustomHistoryLevels(levels);
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            // A static form id (every model's task has one); its words are read from the task's
            // deployment when the first such task is created.
            String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, labelFor(formId));
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
