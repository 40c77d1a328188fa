package org.avrr.workflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Small Camunda Forms built in code, shaped the way Camunda Modeler writes them for form-js 1.8, so
 * each test shows only the components it is about.
 */
final class FormJson {

  static final String FORM_ID = "test-form";

  static final String TEXTFIELD = "textfield";
  static final String TEXTAREA = "textarea";
  static final String NUMBER = "number";
  static final String CHECKBOX = "checkbox";
  static final String DATETIME = "datetime";
  static final String SELECT = "select";
  static final String RADIO = "radio";
  static final String CHECKLIST = "checklist";
  static final String GROUP = "group";
  static final String TEXT = "text";
  static final String SPACER = "spacer";
  static final String SEPARATOR = "separator";
  static final String BUTTON = "button";

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormJson() {}

  /** The label every field built here carries, so messages can be told from keys. */
  static String labelOf(String key) {
    return "Label of " + key;
  }

  static Component field(String type, String key) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", type).put("id", "Field_" + key).put("key", key).put("label", labelOf(key));
    return new Component(node);
  }

  static Component textfield(String key) {
    return field(TEXTFIELD, key);
  }

  static Component textarea(String key) {
    return field(TEXTAREA, key);
  }

  static Component number(String key) {
    return field(NUMBER, key);
  }

  static Component checkbox(String key) {
    return field(CHECKBOX, key);
  }

  /** A date field: form-js keeps its label in "dateLabel", not "label". */
  static Component date(String key) {
    Component date = field(DATETIME, key);
    date.node.remove("label");
    date.node.put("subtype", "date").put("dateLabel", labelOf(key));
    return date;
  }

  static Component select(String key, String... values) {
    return field(SELECT, key).values(values);
  }

  static Component radio(String key, String... values) {
    return field(RADIO, key).values(values);
  }

  static Component checklist(String key, String... values) {
    return field(CHECKLIST, key).values(values);
  }

  /** A component that shows something and submits nothing (text, spacer, separator, ...). */
  static Component display(String type) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", type).put("id", "Display_" + type);
    return new Component(node);
  }

  static Component group(String id, Component... children) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", GROUP).put("id", id).put("label", id);
    ArrayNode components = node.putArray("components");
    for (Component child : children) {
      components.add(child.node);
    }
    return new Component(node);
  }

  static byte[] form(String id, Component... components) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("components");
    for (Component component : components) {
      list.add(component.node);
    }
    root.put("type", "default").put("executionPlatform", "Camunda Platform");
    if (id != null) {
      root.put("id", id);
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormSchema schema(Component... components) {
    return FormSchema.parse(form(FORM_ID, components));
  }

  /** One component of a form under construction. */
  static final class Component {
    private final ObjectNode node;

    private Component(ObjectNode node) {
      this.node = node;
    }

    Component required() {
      validate().put("required", true);
      return this;
    }

    Component minLength(int length) {
      validate().put("minLength", length);
      return this;
    }

    Component maxLength(int length) {
      validate().put("maxLength", length);
      return this;
    }

    Component min(int bound) {
      validate().put("min", bound);
      return this;
    }

    Component max(int bound) {
      validate().put("max", bound);
      return this;
    }

    Component pattern(String regex) {
      validate().put("pattern", regex);
      return this;
    }

    /** A form-js "hide if" condition exactly as the Modeler writes it, with its leading "=". */
    Component hideIf(String condition) {
      node.putObject("conditional").put("hide", condition);
      return this;
    }

    /** Any other property, e.g. a key on a component that submits nothing. */
    Component decimalDigits(int digits) {
      node.put("decimalDigits", digits);
      return this;
    }

    Component with(String property, String value) {
      node.put(property, value);
      return this;
    }

    private Component values(String... values) {
      ArrayNode list = node.putArray("values");
      for (String value : values) {
        list.addObject().put("label", "Option " + value).put("value", value);
      }
      return this;
    }

    private ObjectNode validate() {
      JsonNode validate = node.get("validate");
      return validate instanceof ObjectNode existing ? existing : node.putObject("validate");
    }
  }
}
