package org.avrr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every user task and every startable process of this application has a Camunda Form, and form
 * submissions are validated on the server (ADR 0002). The engine's generic "complete a task" and
 * "start a process" endpoints would skip that validation, so they are closed on the REST API and on
 * the webapps' engine API: tasks are completed with {@code submit-form}, processes started with
 * {@code submit-form} on their definition.
 */
class FormBypassGuard extends OncePerRequestFilter {

  private static final Pattern TASK_COMPLETION =
      Pattern.compile(".*/task/[^/]+/(complete|resolve)");
  private static final Pattern PROCESS_START = Pattern.compile(".*/process-definition/.+/start");

  static final String MESSAGE =
      "Use the form: tasks are completed with POST /task/{id}/submit-form and cases are started"
          + " with POST /process-definition/key/{key}/submit-form, where every value is validated.";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod())
        && (TASK_COMPLETION.matcher(path).matches() || PROCESS_START.matcher(path).matches())) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write("{\"type\":\"InvalidRequestException\",\"message\":\"" + MESSAGE + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
