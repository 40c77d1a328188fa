package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.avrr.workflow.common.BodyReadAgain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who works in Russian searches Tasklist by the names they see: "Забронировать" in the task
 * list's search, "Дело ДВР" in the start list. The engine knows only the English names, so a task
 * search by name also finds, by their keys, the tasks whose names in the user's language match
 * ({@link ProcessCatalogue}), and the start list's search becomes one by the matching processes'
 * keys; a term that matches no name in that language (an English one) is sent on as it is. Only the
 * engine API's task queries (Tasklist asks a filter's list and count by POST with the query as its
 * body) and the process definitions' list are read here.
 */
final class SearchesInEnglish extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A task query's body: a filter's list or count, or a task query by POST. */
  private static final Pattern TASK_QUERY =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(?:filter/[^/]+/(?:list|count)"
              + "|task(?:/count)?)");

  /** The process definitions' list (Tasklist's start list searches it by name). */
  private static final Pattern DEFINITIONS =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition(?:/count)?");

  /** A query is a few kilobytes; read before the engine authenticates, so only up to this. */
  private static final int LARGEST_BODY = 1024 * 1024;

  private final ProcessCatalogue catalogue;
  private final RequestLanguage languages;

  SearchesInEnglish(ProcessCatalogue catalogue, RequestLanguage languages) {
    this.catalogue = catalogue;
    this.languages = languages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    boolean taskQuery = "POST".equals(request.getMethod()) && TASK_QUERY.matcher(path).matches();
    boolean definitions =
        "GET".equals(request.getMethod())
            && DEFINITIONS.matcher(path).matches()
            && request.getQueryString() != null
            && (request.getQueryString().contains("nameLike=")
                || request.getQueryString().contains("name="));
    return !taskQuery && !definitions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String language = languages.of(request);
    if (Languages.ENGLISH.equals(language)) {
      chain.doFilter(request, response);
      return;
    }
    if ("GET".equals(request.getMethod())) {
      chain.doFilter(definitionsByKey(request, language), response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
    if (body.length > LARGEST_BODY) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json");
      response.getWriter().write("{\"message\":\"A task query of over 1 MB is not read.\"}");
      return;
    }
    try {
      if (body.length > 0 && JSON.readTree(body) instanceof ObjectNode query) {
        boolean changed = false;
        if (!query.has("orQueries")) {
          changed = orByKey(query, language);
        } else {
          // "Match any" (Tasklist's or-query): its criteria are already alternatives.
          for (JsonNode or : query.path("orQueries")) {
            if (or instanceof ObjectNode branch) {
              changed |= alsoByKey(branch, language);
            }
          }
        }
        if (changed) {
          body = JSON.writeValueAsBytes(query);
        }
      }
    } catch (IOException notJson) {
      // sent on as it came: the engine answers it
    }
    chain.doFilter(new BodyReadAgain(request, body), response);
  }

  /**
   * A search by a task's name, as that name OR the keys of the tasks named so in {@code language}:
   * the engine's own match by name still finds what it found (an English term, a task outside the
   * catalogue).
   */
  private boolean orByKey(ObjectNode query, String language) {
    for (String criterion : List.of("nameLike", "name")) {
      Set<String> keys = keysNamed(query, criterion, language);
      if (!keys.isEmpty()) {
        ObjectNode either = query.putArray("orQueries").addObject();
        either.set(criterion, query.remove(criterion));
        ArrayNode in = either.putArray("taskDefinitionKeyIn");
        keys.forEach(in::add);
        return true;
      }
    }
    return false;
  }

  /** In an or-query, the keys of the tasks so named as one more alternative. */
  private boolean alsoByKey(ObjectNode branch, String language) {
    if (branch.has("taskDefinitionKeyIn")) {
      return false;
    }
    for (String criterion : List.of("nameLike", "name")) {
      Set<String> keys = keysNamed(branch, criterion, language);
      if (!keys.isEmpty()) {
        ArrayNode in = branch.putArray("taskDefinitionKeyIn");
        keys.forEach(in::add);
        return true;
      }
    }
    return false;
  }

  private Set<String> keysNamed(ObjectNode query, String criterion, String language) {
    return query.path(criterion).isTextual()
        ? catalogue.tasksNamed(
            query.get(criterion).asText(), criterion.equals("nameLike"), language)
        : Set.of();
  }

  /** The start list's search by a process's name in {@code language}, as one by their keys. */
  private HttpServletRequest definitionsByKey(HttpServletRequest request, String language) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    try {
      for (String pair : request.getQueryString().split("&")) {
        int equals = pair.indexOf('=');
        String name =
            URLDecoder.decode(
                equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value =
            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    } catch (IllegalArgumentException malformed) {
      return request; // sent on as it came: the engine answers it
    }
    boolean changed = false;
    for (String criterion : List.of("nameLike", "name")) {
      List<String> values = parameters.get(criterion);
      if (values != null && values.size() == 1 && !parameters.containsKey("keysIn")) {
        Set<String> keys =
            catalogue.processesNamed(values.get(0), criterion.equals("nameLike"), language);
        if (!keys.isEmpty()) {
          parameters.remove(criterion);
          parameters.put("keysIn", List.of(String.join(",", keys)));
          changed = true;
          break;
        }
      }
    }
    if (!changed) {
      return request;
    }
    StringBuilder query = new StringBuilder();
    parameters.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    query
                        .append(query.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return new QueryRewritten(request, query.toString(), parameters);
  }

  /** The request with another query string (the engine's REST API reads it from both). */
  private static final class QueryRewritten extends HttpServletRequestWrapper {
    private final String query;
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    QueryRewritten(HttpServletRequest request, String query, Map<String, List<String>> values) {
      super(request);
      this.query = query;
      values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
