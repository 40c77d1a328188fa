package org.avrr.workflow.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.avrr.workflow.i18n.Message;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks submitted values against what the form declares: no undeclared keys, required fields
 * present, the right type per component, allowed values, lengths, ranges and patterns. The browser
 * checks the same things; this is the check that counts.
 */
final class FormSchemaValidator {

  private FormSchemaValidator() {}

  static void validate(FormSubmission submission) {
    FormSchema schema = submission.schema();
    Map<String, Object> submitted = submission.submitted();

    for (String key : submitted.keySet()) {
      if (!schema.fields().containsKey(key)) {
        submission.reject(key, Message.of("form.notAField"));
      }
    }

    for (FormField field : schema.fields().values()) {
      // A hidden field is not required, but a value sent for it anyway (Tasklist sends none) is
      // checked like any other: it would be stored all the same. Whether it is hidden matters only
      // where "required" does: an empty field, a box that must be ticked, a list that must not be
      // empty; only then is its condition evaluated.
      Object value = submitted.get(field.key());
      boolean requiredMatters =
          isEmpty(value) || List.of("checkbox", "checklist", "taglist").contains(field.type());
      boolean required =
          field.required() && requiredMatters && !HideConditions.isHidden(field, submission);
      if (isEmpty(value)) {
        if (required) {
          submission.reject(field.key(), Message.of("form.required"));
        }
        continue;
      }
      checkValue(field, required, value, submission);
    }
  }

  private static void checkValue(
      FormField field, boolean required, Object value, FormSubmission submission) {
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, value, submission);
      case "number" -> checkNumber(field, value, submission);
      case "checkbox" -> {
        if (!(value instanceof Boolean checked)) {
          submission.reject(field.key(), Message.of("form.tickedOrNot"));
        } else if (required && !checked) {
          submission.reject(field.key(), Message.of("form.mustBeTicked"));
        }
      }
      case "datetime" -> {
        if (!(value instanceof String text) || !isIsoDate(text)) {
          submission.reject(field.key(), Message.of("form.date"));
        }
      }
      case "radio", "select" -> {
        if (!(value instanceof String text) || !field.allowedValues().contains(text)) {
          submission.reject(field.key(), Message.of("form.listedOption"));
        }
      }
      case "checklist", "taglist" -> checkList(field, required, value, submission);
      default -> submission.reject(field.key(), Message.of("form.typeNotAccepted"));
    }
  }

  private static void checkText(FormField field, Object value, FormSubmission submission) {
    if (!(value instanceof String text)) {
      submission.reject(field.key(), Message.of("form.text"));
      return;
    }
    int max = field.maxLength() != null ? field.maxLength() : FormField.DEFAULT_MAX_TEXT_LENGTH;
    if (text.length() > max) {
      submission.reject(field.key(), Message.of("form.maxLength", max));
    }
    if (field.minLength() != null && text.strip().length() < field.minLength()) {
      submission.reject(field.key(), Message.of("form.minLength", field.minLength()));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      submission.reject(field.key(), Message.of("form.pattern"));
    }
  }

  private static void checkNumber(FormField field, Object value, FormSubmission submission) {
    if (!(value instanceof Number number)) {
      submission.reject(field.key(), Message.of("form.number"));
      return;
    }
    double amount = number.doubleValue();
    if (Double.isNaN(amount) || Double.isInfinite(amount)) {
      submission.reject(field.key(), Message.of("form.number"));
    } else if (field.min() != null && amount < field.min()) {
      submission.reject(field.key(), Message.of("form.min", format(field.min())));
    } else if (field.max() != null && amount > field.max()) {
      submission.reject(field.key(), Message.of("form.max", format(field.max())));
    } else if (field.decimalDigits() != null && decimalPlaces(number) > field.decimalDigits()) {
      submission.reject(
          field.key(),
          field.decimalDigits() == 0
              ? Message.of("form.wholeNumber")
              : Message.of("form.decimals", field.decimalDigits()));
    }
  }

  private static void checkList(
      FormField field, boolean required, Object value, FormSubmission submission) {
    List<String> items = listItems(value);
    if (items == null) {
      submission.reject(field.key(), Message.of("form.listOfOptions"));
    } else if (!field.allowedValues().isEmpty() && !field.allowedValues().containsAll(items)) {
      submission.reject(field.key(), Message.of("form.unlistedOption"));
    } else if (required && items.isEmpty()) {
      submission.reject(field.key(), Message.of("form.atLeastOneOption"));
    }
  }

  /** Checklists arrive as Spin JSON from Tasklist, as plain lists from Java callers. */
  static List<String> listItems(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        return null;
      }
      for (SpinJsonNode element : json.elements()) {
        if (!element.isString()) {
          return null;
        }
        items.add(element.stringValue());
      }
      return items;
    }
    if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        if (!(element instanceof String text)) {
          return null;
        }
        items.add(text);
      }
      return items;
    }
    return null;
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  private static boolean isIsoDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** form-js tests patterns like JavaScript's RegExp.test: a match anywhere counts. */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static int decimalPlaces(Number number) {
    if (number instanceof Long || number instanceof Integer) {
      return 0;
    }
    return Math.max(0, new java.math.BigDecimal(number.toString()).stripTrailingZeros().scale());
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
