package org.avrr.workflow.callback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of a callback body and collects every problem, so the caller learns all that is
 * wrong in one answer rather than one field per attempt.
 */
public final class CallbackFields {

  private final JsonNode body;
  private final List<String> problems = new ArrayList<>();

  public CallbackFields(JsonNode body) {
    this.body = body;
  }

  /** A required text of at most {@code maxLength} characters; null (and a problem) when absent. */
  public String text(String field, int maxLength) {
    String value = optionalText(field, maxLength);
    if (value == null && !body.hasNonNull(field)) {
      problems.add(field + " is required");
    }
    return value;
  }

  public String optionalText(String field, int maxLength) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      problems.add(field + " must be a non-empty string");
      return null;
    }
    if (node.asText().length() > maxLength) {
      problems.add(field + " must be at most " + maxLength + " characters");
      return null;
    }
    return node.asText();
  }

  /** A required value of {@code type}, by its constant name. */
  public <E extends Enum<E>> E oneOf(String field, Class<E> type) {
    String value = text(field, 64);
    return value == null ? null : parse(field, value, type);
  }

  public <E extends Enum<E>> E optionalOneOf(String field, Class<E> type) {
    String value = optionalText(field, 64);
    return value == null ? null : parse(field, value, type);
  }

  private <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(
          field
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return null;
    }
  }

  /** A required ISO-8601 instant, e.g. 2026-11-23T10:15:00Z. */
  public Instant instant(String field) {
    String value = text(field, 64);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(field + " must be an ISO-8601 instant such as 2026-11-23T10:15:00Z");
      return null;
    }
  }

  /** An optional ISO-8601 calendar date, e.g. 2026-11-23. */
  public LocalDate optionalDate(String field) {
    String value = optionalText(field, 10);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(field + " must be an ISO-8601 date such as 2026-11-23");
      return null;
    }
  }

  /** Adds a problem found by a rule across fields. */
  public void problem(String problem) {
    problems.add(problem);
  }

  /** Names fields the contract does not know: a typo must not pass silently. */
  public void allowOnly(Set<String> known) {
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                problems.add(name + " is not part of this callback");
              }
            });
  }

  /**
   * @throws InvalidCallbackException when any problem was found
   */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InvalidCallbackException(problems);
    }
  }
}
