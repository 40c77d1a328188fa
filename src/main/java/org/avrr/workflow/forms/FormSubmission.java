package org.avrr.workflow.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.common.ProcessVariable;
import org.avrr.workflow.i18n.FormCatalogue;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;

/**
 * A form being submitted, as a {@link FormRule} sees it: the submitted values over the case's
 * current variables, and a list to add violations to.
 */
public final class FormSubmission {

  private final String formId;
  private final Map<String, Object> submitted;
  private final CaseValues existing;
  private final FormSchema schema;
  private final List<Violation> violations = new ArrayList<>();
  private final String language;
  private final FormCatalogue catalogue;

  /**
   * Hide conditions already evaluated for this submission, by their text: a plan form repeats one
   * condition for every field of a component, and the values do not change while it is checked.
   */
  final Map<String, Boolean> hiddenByCondition = new HashMap<>();

  FormSubmission(FormSchema schema, Map<String, Object> submitted, Map<String, Object> existing) {
    this(schema, submitted, CaseValues.of(existing), Languages.ENGLISH, FormCatalogue.ENGLISH_ONLY);
  }

  /**
   * @param language the language of the user who submits: the violations are worded in it, the
   *     fields named by their labels in it ({@code catalogue})
   */
  FormSubmission(
      FormSchema schema,
      Map<String, Object> submitted,
      CaseValues existing,
      String language,
      FormCatalogue catalogue) {
    this.formId = schema.formId();
    this.schema = schema;
    this.submitted = submitted;
    this.existing = existing;
    this.language = language;
    this.catalogue = catalogue;
  }

  /** The language the submitting user reads, for a rule that words something itself. */
  public String language() {
    return language;
  }

  public String formId() {
    return formId;
  }

  /**
   * The task whose form this is (a rule may ask what was done at it, e.g. the documents attached);
   * empty for a case's start form.
   */
  public Optional<String> taskId() {
    return Optional.ofNullable(existing.taskId());
  }

  /** The value after submission: submitted if the form sent it, else the case's current value. */
  public Object value(String name) {
    return submitted.containsKey(name) ? submitted.get(name) : existing.get(name);
  }

  public <T> Optional<T> value(ProcessVariable<T> variable) {
    Object value = value(variable.name());
    return value == null ? Optional.empty() : variable.find(Map.of(variable.name(), value));
  }

  /**
   * A date field (form-js submits ISO dates as text). Empty when absent or malformed: the schema
   * check already reports malformed dates.
   */
  public Optional<LocalDate> date(ProcessVariable<String> variable) {
    return value(variable)
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  public boolean isTrue(ProcessVariable<Boolean> variable) {
    return value(variable).orElse(false);
  }

  public boolean has(ProcessVariable<?> variable) {
    Object value = value(variable.name());
    return value != null && !(value instanceof String text && text.isBlank());
  }

  /**
   * Records a violation on a field, in the submitting user's language: the label shown is the
   * form's own label for it, the reason {@code message} from the message catalogues.
   */
  public void reject(ProcessVariable<?> field, Message message) {
    reject(field.name(), message);
  }

  public void reject(String field, Message message) {
    FormField declared = schema.fields().get(field);
    String label =
        declared == null
            ? field
            : catalogue.text(formId, declared.labelKey(), language).orElse(declared.displayName());
    violations.add(new Violation(field, label + ": " + message.in(language)));
  }

  List<Violation> violations() {
    return Collections.unmodifiableList(violations);
  }

  /**
   * The names a form's conditions may refer to: the submission's, then the case's (whose values are
   * fetched only when a condition reads them, {@link #value(String)}).
   */
  java.util.Set<String> names() {
    java.util.Set<String> names = new java.util.HashSet<>(existing.names());
    names.addAll(submitted.keySet());
    return names;
  }

  Map<String, Object> submitted() {
    return submitted;
  }

  FormSchema schema() {
    return schema;
  }
}
