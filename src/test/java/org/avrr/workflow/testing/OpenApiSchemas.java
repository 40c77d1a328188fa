package org.avrr.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reading an OpenAPI document (as parsed by SnakeYAML) side by side with the Java records that
 * speak it, for the contract tests: change one without the other and they fail.
 */
public final class OpenApiSchemas {

  private static final String JSON = "application/json";

  private final Map<String, Object> openApi;

  public OpenApiSchemas(Map<String, Object> openApi) {
    this.openApi = openApi;
  }

  /**
   * The schema has a property for every record component and no other; each property has the JSON
   * type its Java type is written as; nested records are checked the same way.
   */
  public void assertSchemaMatches(Class<? extends Record> record, Map<String, Object> schema) {
    assertThat(schema).as("schema of %s", record.getSimpleName()).containsEntry("type", "object");
    Map<String, Object> properties = map(schema.get("properties"));
    assertThat(properties.keySet())
        .as("properties of the schema for %s", record.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(componentNames(record));
    for (RecordComponent component : record.getRecordComponents()) {
      assertTypeMatches(
          record.getSimpleName() + "." + component.getName(),
          component.getType(),
          resolve(properties.get(component.getName())));
    }
  }

  @SuppressWarnings("unchecked")
  private void assertTypeMatches(String field, Class<?> type, Map<String, Object> property) {
    if (type.isRecord()) {
      assertSchemaMatches((Class<? extends Record>) type, property);
    } else if (type == String.class) {
      assertThat(property).as(field).containsEntry("type", "string").doesNotContainKey("format");
    } else if (type == LocalDate.class) {
      assertThat(property)
          .as(field)
          .containsEntry("type", "string")
          .containsEntry("format", "date");
    } else if (type == Instant.class || type == OffsetDateTime.class) {
      assertThat(property)
          .as(field)
          .containsEntry("type", "string")
          .containsEntry("format", "date-time");
    } else if (type == java.time.YearMonth.class) {
      assertThat(property).as(field).containsEntry("type", "string").containsKey("pattern");
    } else if (type == long.class || type == Long.class || type == int.class) {
      assertThat(property).as(field).containsEntry("type", "integer");
    } else if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
      assertThat(property).as(field).containsEntry("type", "number");
    } else if (type == Boolean.class || type == boolean.class) {
      assertThat(property).as(field).containsEntry("type", "boolean");
    } else if (java.util.List.class.isAssignableFrom(type)) {
      // The items' schema is checked by the test that knows what they hold.
      assertThat(property).as(field).containsEntry("type", "array").containsKey("items");
    } else if (type.isEnum()) {
      assertThat(property).as(field).containsEntry("type", "string");
      assertThat(list(property.get("enum")))
          .as(field)
          .containsExactly(
              Arrays.stream(type.getEnumConstants())
                  .map(value -> ((Enum<?>) value).name())
                  .toArray());
    } else {
      fail("%s: no JSON mapping known for %s; teach this test", field, type);
    }
  }

  /** The GET operation of {@code path}. */
  public Map<String, Object> get(String path) {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(path);
    return map(map(paths.get(path)).get("get"));
  }

  /** The POST operation of {@code path}. */
  public Map<String, Object> post(String path) {
    Map<String, Object> paths = map(openApi.get("paths"));
    assertThat(paths).as("paths").containsKey(path);
    return map(map(paths.get(path)).get("post"));
  }

  /** The answer with HTTP {@code status} to the POST of {@code path}, with its $ref followed. */
  public Map<String, Object> response(String path, String status) {
    Map<String, Object> responses = map(post(path).get("responses"));
    assertThat(responses).as("responses of %s", path).containsKey(status);
    return resolve(responses.get(status));
  }

  /** The JSON schema of a request body or response, with its $ref followed. */
  public Map<String, Object> jsonSchema(Map<String, Object> bodyOrResponse) {
    Map<String, Object> content = map(bodyOrResponse.get("content"));
    assertThat(content).as("content types").containsOnlyKeys(JSON);
    return resolve(map(content.get(JSON)).get("schema"));
  }

  /** Follows a local "$ref" ("#/components/..."), or returns the node itself. */
  public Map<String, Object> resolve(Object node) {
    Map<String, Object> object = map(node);
    Object ref = object.get("$ref");
    if (ref == null) {
      return object;
    }
    assertThat((String) ref).as("only local references").startsWith("#/");
    Object target = openApi;
    for (String step : ((String) ref).substring(2).split("/")) {
      target = map(target).get(step);
      assertThat(target).as("target of %s", ref).isNotNull();
    }
    return resolve(target);
  }

  public static List<String> componentNames(Class<? extends Record> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  public static <T> List<T> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<T>) node;
  }
}
