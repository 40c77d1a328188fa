package org.avrr.workflow.forms;

import java.util.Set;

/**
 * One input of a Camunda Form, as declared in its .form file: what the server enforces is exactly
 * what the form shows the user.
 *
 * @param decimalDigits decimal places a number may have (0: whole numbers), or null for any
 * @param hideCondition form-js FEEL condition (without the leading '='), or null
 * @param allowedValues for radio, select, checklist and taglist; empty for free input
 * @param labelKey where the form catalogues keep the label ({@code <component id>.label}, or {@code
 *     .dateLabel} for a date), see {@link org.avrr.workflow.i18n.FormCatalogue}
 */
record FormField(
    String key,
    String label,
    String labelKey,
    String type,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Double min,
    Double max,
    Integer decimalDigits,
    String pattern,
    Set<String> allowedValues,
    String hideCondition) {

  /** Free text is capped even where the form sets no limit, so no one stores a novel. */
  static final int DEFAULT_MAX_TEXT_LENGTH = 4000;

  String displayName() {
    return label == null || label.isBlank() ? key : label;
  }
}
