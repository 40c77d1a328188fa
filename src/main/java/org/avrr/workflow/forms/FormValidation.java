package org.avrr.workflow.forms;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.avrr.workflow.i18n.FormCatalogue;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a form submission against the Camunda Form deployed with the process, then against the
 * {@link FormRule}s registered for that form. Throws {@link FormFieldValidationException}, which
 * the REST API answers with 400 and Tasklist shows to the user; nothing of the submission is saved.
 */
public final class FormValidation {

  private static final Logger LOG = LoggerFactory.getLogger(FormValidation.class);

  private final Supplier<List<FormRule>> rules;
  private final Supplier<String> language;
  private final FormCatalogue catalogue;
  private volatile Map<String, List<FormRule>> rulesByForm;

  /** Deployed forms never change, so their schemas are cached per deployment and form id. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  /**
   * @param rules looked up at the first submission: rules may use engine services, which do not
   *     exist yet while the engine and its plugins are being built
   */
  public FormValidation(Supplier<List<FormRule>> rules) {
    this(rules, () -> Languages.ENGLISH, FormCatalogue.ENGLISH_ONLY);
  }

  /**
   * @param language the submitting user's language, asked at each submission: the refusal is worded
   *     in it, the fields named as the form served in it names them ({@code catalogue})
   */
  public FormValidation(
      Supplier<List<FormRule>> rules, Supplier<String> language, FormCatalogue catalogue) {
    this.rules = rules;
    this.language = language;
    this.catalogue = catalogue;
  }

  private Map<String, List<FormRule>> rulesByForm() {
    if (rulesByForm == null) {
      rulesByForm = rules.get().stream().collect(Collectors.groupingBy(FormRule::formId));
    }
    return rulesByForm;
  }

  /** As {@link #validate(String, String, Map, CaseValues)}, the case's values given as a map. */
  void validate(
      String deploymentId,
      String formId,
      Map<String, Object> submitted,
      Map<String, Object> existing) {
    validate(deploymentId, formId, submitted, CaseValues.of(existing));
  }

  void validate(
      String deploymentId, String formId, Map<String, Object> submitted, CaseValues existing) {
    FormSchema schema =
        schemas.computeIfAbsent(deploymentId + "/" + formId, key -> load(deploymentId, formId));
    FormSubmission submission =
        new FormSubmission(schema, submitted, existing, language.get(), catalogue);
    FormSchemaValidator.validate(submission);
    if (submission.violations().isEmpty()) {
      // Business rules assume well-formed values, so they run only on a clean submission.
      for (FormRule rule : rulesByForm().getOrDefault(formId, List.of())) {
        rule.check(submission);
      }
    }
    if (!submission.violations().isEmpty()) {
      // Field names only: the values may be personal data.
      // For operators: a form refused again and again may say its rules or its help are wrong.
      Metrics.counter("avrr.form.refusals", "form", formId).increment();
      LOG.info(
          "Refused form {}: {}",
          formId,
          submission.violations().stream().map(Violation::field).toList());
      throw new FormFieldValidationException(submission.violations(), message(submission));
    }
  }

  private static String message(FormSubmission submission) {
    return Message.of(
            "form.correct",
            submission.violations().stream()
                .map(Violation::message)
                .collect(Collectors.joining("; ")))
        .in(submission.language());
  }

  private static FormSchema load(String deploymentId, String formId) {
    List<ResourceEntity> resources =
        Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId);
    for (ResourceEntity resource : resources) {
      if (resource.getName().endsWith(".form")
          && formId.equals(FormSchema.idOf(resource.getBytes()))) {
        return FormSchema.parse(resource.getBytes());
      }
    }
    throw new IllegalStateException(
        "Form '"
            + formId
            + "' is not part of deployment "
            + deploymentId
            + "; deploy forms together with their processes ("
            + "formRefBinding=deployment)");
  }
}
