package org.avrr.workflow.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records in the access log every read of a case's personal data through the engine's API — the
 * public REST API and the one behind Tasklist and Cockpit: a task's form and variables, a case's
 * variables, variable values and their history (what Cockpit's Case history shows). The answer is
 * held until its read is recorded; if the log cannot be written, the data is not given (503). Lists
 * of tasks and counts are not reads of a case's data; refused requests read nothing.
 */
class CaseReadRecorder extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(CaseReadRecorder.class);

  /** The engine API's root, public or behind the webapps, and the path below it. */
  private static final Pattern ENGINE_API =
      Pattern.compile("(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)");

  private static final Pattern TASK_DATA =
      Pattern.compile(
          "/task/([^/]+)/(?:form-variables|rendered-form|(?:variables|localVariables)(?:/.*)?)");
  private static final Pattern CASE_VARIABLES =
      Pattern.compile("/process-instance/([^/]+)/variables(?:/.*)?");
  private static final Pattern VARIABLE_QUERY =
      Pattern.compile("/(?:history/variable-instance|variable-instance|history/detail)");

  static final String TASK_FORM = "task form and variables";
  static final String CASE_DATA = "case variables";
  static final String VARIABLE_VALUES = "variable values and history";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseReadLog log;
  private final ProcessEngine engine;

  /**
   * The case of a task or a process instance, once looked up: it never changes, and Tasklist opens
   * the same task several times (its form, its variables, again after a claim). Bounded, newest
   * kept.
   */
  private final Map<String, String> knownCases =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > KNOWN_CASES;
            }
          });

  static final int KNOWN_CASES = 10_000;

  CaseReadRecorder(CaseReadLog log, ProcessEngine engine) {
    this.log = log;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher api =
        ENGINE_API.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    String what = api.matches() ? what(request.getMethod(), api.group(1)) : null;
    if (what == null) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest held =
        "POST".equals(request.getMethod()) ? new ContentCachingRequestWrapper(request) : request;
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(held, answer);
    if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
      try {
        log.record(userOf(request), casesRead(what, api.group(1), held), what, describe(request));
      } catch (RuntimeException notRecorded) {
        LOG.error(
            "A read of case data could not be recorded in the access log; not answered",
            notRecorded);
        answer.resetBuffer();
        answer.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
        answer
            .getWriter()
            .write(
                "{\"type\":\"ServiceUnavailable\",\"message\":\"The access log cannot be"
                    + " written just now, so the case's data is not shown. Try again shortly.\"}");
      }
    }
    answer.copyBodyToResponse();
  }

  /** What a request reads of a case, or null if it reads none of a case's personal data. */
  static String what(String method, String path) {
    boolean get = "GET".equals(method);
    if (get && TASK_DATA.matcher(path).matches()) {
      return TASK_FORM;
    }
    if (get && CASE_VARIABLES.matcher(path).matches()) {
      return CASE_DATA;
    }
    if ((get || "POST".equals(method)) && VARIABLE_QUERY.matcher(path).matches()) {
      return VARIABLE_VALUES;
    }
    return null;
  }

  private Set<String> casesRead(String what, String path, HttpServletRequest request) {
    if (TASK_FORM.equals(what)) {
      Matcher task = TASK_DATA.matcher(path);
      task.matches();
      String taskKey = "task:" + task.group(1);
      String known = knownCases.get(taskKey);
      if (known != null) {
        return Set.of(known);
      }
      Set<String> cases = asEngine(() -> caseNumbersOf(instanceOfTask(task.group(1))));
      cases.forEach(caseNumber -> knownCases.put(taskKey, caseNumber));
      return cases;
    }
    Set<String> instances = new LinkedHashSet<>();
    if (CASE_DATA.equals(what)) {
      Matcher instance = CASE_VARIABLES.matcher(path);
      instance.matches();
      instances.add(instance.group(1));
    } else {
      instances.addAll(instancesNamedBy(request));
    }
    return asEngine(() -> caseNumbersOf(instances));
  }

  /**
   * Looked up as the engine, not as the reader: a counsellor may read a task's form without the
   * right to read its case's history, and the log must still name the case.
   */
  private <T> T asEngine(java.util.function.Supplier<T> lookup) {
    IdentityService identity = engine.getIdentityService();
    Authentication reader = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (reader != null) {
        identity.setAuthentication(reader);
      }
    }
  }

  private Set<String> instanceOfTask(String taskId) {
    HistoricTaskInstance found =
        engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return found == null || found.getProcessInstanceId() == null
        ? Set.of()
        : Set.of(found.getProcessInstanceId());
  }

  /** The process instances a variable query names (its query parameters, or its JSON body). */
  private static Set<String> instancesNamedBy(HttpServletRequest request) {
    Set<String> instances = new LinkedHashSet<>();
    addIds(instances, request.getParameter("processInstanceId"));
    addIds(instances, request.getParameter("processInstanceIdIn"));
    if (request instanceof ContentCachingRequestWrapper posted
        && posted.getContentAsByteArray().length > 0) {
      try {
        JsonNode body = JSON.readTree(posted.getContentAsByteArray());
        addIds(instances, body.path("processInstanceId").asText(null));
        for (JsonNode id : body.path("processInstanceIdIn")) {
          addIds(instances, id.asText(null));
        }
      } catch (IOException unreadable) {
        // The engine answered it, so it was JSON; a query naming no case is logged without one.
      }
    }
    return instances;
  }

  private static void addIds(Set<String> instances, String ids) {
    if (ids != null) {
      for (String id : ids.split(",")) {
        if (!id.isBlank()) {
          instances.add(id.strip());
        }
      }
    }
  }

  private Set<String> caseNumbersOf(Set<String> instances) {
    Set<String> cases = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (String instance : instances) {
      String known = knownCases.get("instance:" + instance);
      if (known != null) {
        cases.add(known);
      } else {
        unknown.add(instance);
      }
    }
    if (unknown.isEmpty()) {
      return cases;
    }
    HistoryService history = engine.getHistoryService();
    List<HistoricProcessInstance> found =
        history.createHistoricProcessInstanceQuery().processInstanceIds(unknown).list();
    for (HistoricProcessInstance instance : found) {
      String caseNumber =
          instance.getBusinessKey() != null ? instance.getBusinessKey() : instance.getId();
      knownCases.put("instance:" + instance.getId(), caseNumber);
      cases.add(caseNumber);
    }
    return cases;
  }

  /**
   * The reader: the REST API's HTTP Basic user (the engine's authentication filter checked the
   * password before the answer was 2xx), else the webapps' session user.
   */
  private static String userOf(HttpServletRequest request) {
    String restUser = CamundaCredentials.userNamedBy(request.getHeader("Authorization"));
    if (restUser != null && !restUser.isEmpty()) {
      return restUser;
    }
    HttpSession session = request.getSession(false);
    // Where Camunda's webapps keep the logged-in user (AuthenticationUtil.CAM_AUTH_SESSION_KEY).
    Object authentications = session == null ? null : session.getAttribute("authenticatedUser");
    if (authentications instanceof Authentications webapp
        && !webapp.getAuthentications().isEmpty()) {
      return webapp.getAuthentications().get(0).getName();
    }
    return "unknown";
  }

  /**
   * The request as the log keeps it: method, path and the names of its parameters, not their values
   * (a variable query may filter on a person's name).
   */
  private static String describe(HttpServletRequest request) {
    String parameters = String.join(",", java.util.Collections.list(request.getParameterNames()));
    return request.getMethod()
        + " "
        + request.getRequestURI()
        + (parameters.isEmpty() ? "" : " (" + parameters + ")");
  }
}
