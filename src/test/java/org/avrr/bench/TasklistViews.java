package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Tasklist asks the engine API when a user looks at it, request for request (read off the
 * webapp's own code and an access log of a browser session): the shared filters, a filter's first
 * page with its count, a task opened with its form and variables.
 */
final class TasklistViews {

  private TasklistViews() {}

  /** The filters in Tasklist's left column, by name. */
  static Map<String, String> filters(OfficeHttp.Session session) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (JsonNode filter :
        session.get(
            "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", "filters")) {
      byName.put(filter.path("name").asText(), filter.path("id").asText());
    }
    return byName;
  }

  /**
   * A filter's first page as Tasklist lists it (HAL, newest first, 15 a page); the answer carries
   * the count too.
   */
  static JsonNode list(OfficeHttp.Session session, String filterId, String what) {
    ObjectNode query = OfficeHttp.JSON.createObjectNode();
    query.putArray("processVariables");
    query.putArray("taskVariables");
    query.putArray("caseInstanceVariables");
    query.putArray("sorting").addObject().put("sortBy", "created").put("sortOrder", "desc");
    return session.postHal(
        "/filter/" + filterId + "/list?firstResult=0&maxResults=15", query, what);
  }

  /** The number a filter shows. */
  static long count(OfficeHttp.Session session, String filterId, String what) {
    return session.get("/filter/" + filterId + "/count", what).path("count").asLong();
  }

  /** A task opened in Tasklist: the task, its form reference, the deployed form, its variables. */
  static void open(OfficeHttp.Session session, String taskId, String what) {
    session.getHal("/task/" + taskId, what);
    session.get("/task/" + taskId + "/form", what);
    session.get("/task/" + taskId + "/deployed-form", what);
    session.get("/task/" + taskId + "/form-variables?deserializeValues=false", what);
  }
}
