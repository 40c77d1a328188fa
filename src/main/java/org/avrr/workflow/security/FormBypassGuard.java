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
 * {@code submit-form} on their definition. So are the engine's other doors to a case's data that no
 * user of this application needs (FormBypassIT found them open): messages and signals carrying
 * variables (the application correlates its partners' answers itself, at /api/callbacks), and
 * comments and attachments on tasks (free text and files outside any form, which the erasure of a
 * case could not reach; documents come with their own checks).
 */
class FormBypassGuard extends OncePerRequestFilter {

  private static final Pattern TASK_COMPLETION =
      Pattern.compile(".*/task/[^/]+/(complete|resolve)");
  private static final Pattern PROCESS_START = Pattern.compile(".*/process-definition/.+/start");
  private static final Pattern MESSAGE_OR_SIGNAL =
      Pattern.compile(".*/engine/[^/]+/(message|signal)|/engine-rest/(message|signal)");
  private static final Pattern COMMENT_OR_ATTACHMENT =
      Pattern.compile(".*/task/[^/]+/(comment|attachment)/create");

  static final String CLOSED_MESSAGE =
      "Messages and signals are sent by the application itself; partners answer at"
          + " /api/callbacks/{party}/{kind}.";
  static final String CLOSED_NOTES =
      "Comments and attachments are not kept with cases: write what matters in the task's form.";

  static final String MESSAGE =
      "Use the form: tasks are completed with POST /task/{id}/submit-form and cases are started"
          + " with POST /process-definition/key/{key}/submit-form, where every value is validated.";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod())) {
      String refusal = null;
      if (TASK_COMPLETION.matcher(path).matches() || PROCESS_START.matcher(path).matches()) {
        refusal = MESSAGE;
      } else if (MESSAGE_OR_SIGNAL.matcher(path).matches()) {
        refusal = CLOSED_MESSAGE;
      } else if (COMMENT_OR_ATTACHMENT.matcher(path).matches()) {
        refusal = CLOSED_NOTES;
      }
      if (refusal != null) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write("{\"type\":\"InvalidRequestException\",\"message\":\"" + refusal + "\"}");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
