package org.avrr.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inputs of one Camunda Form (.form JSON), keyed by variable name. */
record FormSchema(String formId, Map<String, FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that show something but submit nothing. */
  private static final Set<String> DISPLAY_ONLY =
      Set.of("text", "html", "spacer", "separator", "image", "button", "iframe", "table");

  static FormSchema parse(byte[] formJson) {
    try {
      JsonNode root = JSON.readTree(formJson);
      String id = root.path("id").asText(null);
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a Camunda Form without an \"id\"");
      }
      Map<String, FormField> fields = new LinkedHashMap<>();
      collect(root.path("components"), fields);
      return new FormSchema(id, Collections.unmodifiableMap(fields));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Camunda Form: " + e.getMessage(), e);
    }
  }

  /** The form id of a .form file, or null when the bytes are not a form. */
  static String idOf(byte[] formJson) {
    try {
      return JSON.readTree(formJson).path("id").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        collect(component.path("components"), fields); // group: its children submit
        continue;
      }
      if (DISPLAY_ONLY.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = component.path("validate");
      fields.put(
          component.get("key").asText(),
          new FormField(
              component.get("key").asText(),
              // date fields carry their label as "dateLabel"
              component.path("label").asText(component.path("dateLabel").asText(null)),
              component.path("id").asText()
                  + (component.has("label") || !component.has("dateLabel")
                      ? ".label"
                      : ".dateLabel"),
              type,
              validate.path("required").asBoolean(false),
              intOrNull(validate, "minLength"),
              intOrNull(validate, "maxLength"),
              doubleOrNull(validate, "min"),
              doubleOrNull(validate, "max"),
              intOrNull(component, "decimalDigits"),
              validate.path("pattern").asText(null),
              allowedValues(component),
              hideCondition(component)));
    }
  }

  private static Set<String> allowedValues(JsonNode component) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : component.path("values")) {
      values.add(value.path("value").asText());
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  private static String hideCondition(JsonNode component) {
    String hide = component.path("conditional").path("hide").asText(null);
    if (hide == null || hide.isBlank()) {
      return null;
    }
    return hide.startsWith("=") ? hide.substring(1) : hide;
  }

  private static Integer intOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asDouble() : null;
  }
}
