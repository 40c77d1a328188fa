package org.avrr.workflow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.avrr.workflow.i18n.FormCatalogue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which of the case's words in each language ({@code countryOfReturnName}, {@code
 * grantCeilingBasis}, ...) each form shows, so that a task is given only the copies its form reads:
 * every copy is a row written when the task is created and deleted when it ends, and a
 * reintegration task given every word in every language cost an inbound case about a tenth more
 * (issue 16, docs/performance.md). Read once from the forms the application deploys ({@code
 * forms/*.form}).
 */
final class WordsOnForms {

  private final Map<String, Set<String>> byForm;

  private WordsOnForms(Map<String, Set<String>> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /** The forms the application deploys, from the classpath (application.yaml's resources). */
  static WordsOnForms load() {
    Map<String, Set<String>> byForm = new HashMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          Map.Entry<String, Set<String>> form = FormCatalogue.wordsShown(in.readAllBytes());
          byForm.put(form.getKey(), form.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The forms could not be read", e);
    }
    return new WordsOnForms(byForm);
  }

  /** Given as they are: form id → the English names of the words it shows (tests). */
  static WordsOnForms of(Map<String, Set<String>> byForm) {
    return new WordsOnForms(byForm);
  }

  /**
   * The words the form {@code formId} shows. Empty — every word — where what it shows is not known
   * here: a task without a Camunda Form of ours (one with a form key, or none), or a form this
   * application does not deploy itself (a process deployed with forms of its own).
   */
  Optional<Set<String>> shownBy(String formId) {
    return formId == null ? Optional.empty() : Optional.ofNullable(byForm.get(formId));
  }
}
