package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the bare engine the office our application seeds: the same users (password = user id, as
 * the demo users), groups, memberships, authorizations and shared Tasklist filters, copied through
 * both REST APIs as an administrator would. So the same users see the same tasks through the same
 * authorization checks in both.
 */
final class IdentityMirror {

  /** Authorization resource type of filters: their ids differ in the copy. */
  private static final int FILTER = 5;

  private IdentityMirror() {}

  private static String key(JsonNode authorization) {
    return String.join(
        "|",
        authorization.path("type").asText(),
        authorization.path("userId").asText(),
        authorization.path("groupId").asText(),
        authorization.path("resourceType").asText(),
        authorization.path("resourceId").asText());
  }

  static void copy(OfficeHttp from, OfficeHttp to) {
    for (JsonNode user : from.restGet("admin", "/user?maxResults=1000", "mirror")) {
      String id = user.path("id").asText();
      if (id.equals("admin")) {
        continue;
      }
      ObjectNode body = OfficeHttp.JSON.createObjectNode();
      body.set("profile", user);
      body.putObject("credentials").put("password", id);
      to.restPost("admin", "/user/create", body, "mirror");
    }
    for (JsonNode group : from.restGet("admin", "/group?maxResults=1000", "mirror")) {
      String id = group.path("id").asText();
      if (!id.equals("camunda-admin")) {
        to.restPost("admin", "/group/create", group, "mirror");
      }
      for (JsonNode member :
          from.restGet(
              "admin",
              "/user?memberOfGroup=" + OfficeHttp.encode(id) + "&maxResults=1000",
              "mirror")) {
        String user = member.path("id").asText();
        if (!user.equals("admin")) {
          to.restPut("admin", "/group/" + id + "/members/" + user, null, "mirror");
        }
      }
    }
    Map<String, String> filterIds = new HashMap<>();
    for (JsonNode filter :
        from.restGet("admin", "/filter?resourceType=Task&maxResults=1000", "mirror")) {
      ObjectNode body = OfficeHttp.JSON.createObjectNode();
      body.put("resourceType", "Task");
      body.put("name", filter.path("name").asText());
      body.set("owner", filter.path("owner"));
      body.set("query", filter.path("query"));
      body.set("properties", filter.path("properties"));
      JsonNode created = to.restPost("admin", "/filter/create", body, "mirror");
      filterIds.put(filter.path("id").asText(), created.path("id").asText());
    }
    java.util.Set<String> granted = new java.util.HashSet<>();
    for (JsonNode authorization : to.restGet("admin", "/authorization?maxResults=2000", "mirror")) {
      granted.add(key(authorization));
    }
    for (JsonNode authorization :
        from.restGet("admin", "/authorization?maxResults=2000", "mirror")) {
      ObjectNode body = ((ObjectNode) authorization.deepCopy());
      body.remove("id");
      body.remove("links");
      body.remove("removalTime");
      body.remove("rootProcessInstanceId");
      if (body.path("resourceType").asInt() == FILTER) {
        String copied = filterIds.get(body.path("resourceId").asText());
        if (copied == null) {
          continue;
        }
        body.put("resourceId", copied);
      }
      // The engine grants a new user, group or filter its own authorizations: not twice.
      if (granted.add(key(body))) {
        to.restPost("admin", "/authorization/create", body, "mirror");
      }
    }
  }
}
