package org.avrr.workflow.forms;

import java.util.function.Consumer;

/**
 * A business rule on one form that the form itself cannot express (a date not in the future,
 * guardian details when consent is by proxy, ...). Checked on the server at every submission, after
 * the form's own declared constraints; implement as a Spring bean.
 */
public interface FormRule {

  /** The "id" of the Camunda Form this rule guards. */
  String formId();

  /** Adds a violation to {@code submission} for each thing wrong. */
  void check(FormSubmission submission);

  /** A rule from a lambda: {@code FormRule.of("data-consent", submission -> ...)}. */
  static FormRule of(String formId, Consumer<FormSubmission> check) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public void check(FormSubmission submission) {
        check.accept(submission);
      }
    };
  }
}
