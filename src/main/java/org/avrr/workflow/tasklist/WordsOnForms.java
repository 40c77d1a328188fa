package org.avrr.workflow.tasklist;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.avrr.workflow.i18n.FormCatalogue;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the case's words in each language ({@code countryOfReturnName}, {@code
 * grantCeilingBasis}, ...) each form shows, so that a task is given only the copies its form reads:
 * every copy is a row written when the task is created and deleted when it ends, and a
 * reintegration task given every word in every language cost an inbound case about a tenth more
 * (issue 16, docs/performance.md). Read from the forms of the task's own deployment (the forms are
 * bound to it: {@code formRefBinding="deployment"}), once per deployment: a task of an older
 * version of a process gets the words its own version's form shows.
 */
final class WordsOnForms {

  private static final Logger LOG = LoggerFactory.getLogger(WordsOnForms.class);

  /** form id → the English names of the words it shows, in one deployment. */
  private final Function<String, Map<String, Set<String>>> reader;

  /** deployment id → its forms' words; a deployment never changes. */
  private final Map<String, Map<String, Set<String>>> byDeployment = new ConcurrentHashMap<>();

  private WordsOnForms(Function<String, Map<String, Set<String>>> reader) {
    this.reader = reader;
  }

  /** Reading each deployment's forms from the engine's database, in the current command. */
  static WordsOnForms ofDeployments() {
    return new WordsOnForms(WordsOnForms::readDeployment);
  }

  /** Given as they are, the same in every deployment: form id → words (tests). */
  static WordsOnForms of(Map<String, Set<String>> byForm) {
    return new WordsOnForms(deployment -> Map.copyOf(byForm));
  }

  /**
   * The words the form {@code formId} of the deployment {@code deploymentId} shows. Empty — every
   * word — where what it shows is not known: a task without a Camunda Form (one with a form key, or
   * none), or a form not in the task's deployment.
   */
  Optional<Set<String>> shownBy(String deploymentId, String formId) {
    if (formId == null || deploymentId == null) {
      return Optional.empty();
    }
    Map<String, Set<String>> forms = byDeployment.get(deploymentId);
    if (forms == null) {
      // Read outside the map's lock: a database read; two tasks at once may both read it.
      forms = reader.apply(deploymentId);
      byDeployment.putIfAbsent(deploymentId, forms);
    }
    return Optional.ofNullable(forms.get(formId));
  }

  private static Map<String, Set<String>> readDeployment(String deploymentId) {
    List<ResourceEntity> resources =
        Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId);
    Map<String, Set<String>> byForm = new HashMap<>();
    for (ResourceEntity resource : resources) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try {
        Map.Entry<String, Set<String>> form = FormCatalogue.wordsShown(resource.getBytes());
        byForm.put(form.getKey(), form.getValue());
      } catch (UncheckedIOException notAForm) {
        // Its tasks get every word, as a task without a form of ours does.
        LOG.warn("{} of deployment {} is not a form's JSON", resource.getName(), deploymentId);
      }
    }
    return Map.copyOf(byForm);
  }
}
