package org.avrr.workflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads structured values the way they arrive: as Spin JSON (Tasklist submits lists with type
 * Json), as JSON text (a callback's body, as stored), or as plain Java collections.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  /**
   * A list of objects as maps of plain Java values (text, numbers, booleans, lists), or null when
   * the value is not a list of objects.
   */
  public static List<Map<String, Object>> rows(Object value) {
    if (value instanceof SpinJsonNode json) {
      return rowsOfJson(json.toString());
    }
    if (value instanceof String text) {
      return rowsOfJson(text);
    }
    if (value instanceof Collection<?> collection) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object element : collection) {
        if (!(element instanceof Map<?, ?> map)) {
          return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!(entry.getKey() instanceof String key)) {
            return null;
          }
          row.put(key, entry.getValue());
        }
        rows.add(row);
      }
      return rows;
    }
    return null;
  }

  private static List<Map<String, Object>> rowsOfJson(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isArray()) {
        return null;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode element : node) {
        if (!element.isObject()) {
          return null;
        }
        rows.add(
            JSON.convertValue(
                element,
                JSON.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class)));
      }
      return rows;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
