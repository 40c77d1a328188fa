package org.avrr.workflow.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.avrr.workflow.authority.border.BorderAuthorityApi;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi;
import org.avrr.workflow.sandbox.SandboxFaults.Fault;
import org.avrr.workflow.sandbox.SandboxFaults.Kind;
import org.avrr.workflow.sandbox.SandboxFaults.Touchpoint;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * In front of the sandbox authorities, as the network and the gateways in front of a real authority
 * are: applies the fault an operator set for the touchpoint ({@link SandboxFaults}) and records
 * every request the authority accepted, per idempotency key ({@link SandboxRequests}), so a request
 * the office sent twice shows as such.
 */
class SandboxFaultFilter extends OncePerRequestFilter {

  private final SandboxFaults faults;
  private final SandboxRequests requests;

  SandboxFaultFilter(SandboxFaults faults, SandboxRequests requests) {
    this.faults = faults;
    this.requests = requests;
  }

  /** The touchpoint a request of the office reaches, if it reaches one. */
  static Optional<Touchpoint> touchpoint(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    if (path.startsWith(SandboxMinistryController.BASE_PATH + "/")) {
      String operation = path.substring(SandboxMinistryController.BASE_PATH.length());
      if (operation.equals(MigrationAuthorityApi.STATUS_CHECKS_PATH)) {
        return Optional.of(Touchpoint.STATUS_CHECK);
      }
      if (operation.equals(MigrationAuthorityApi.EXIT_CLEARANCES_PATH)) {
        return Optional.of(Touchpoint.EXIT_CLEARANCE);
      }
    }
    if (path.startsWith(SandboxBorderController.BASE_PATH + "/")) {
      String operation = path.substring(SandboxBorderController.BASE_PATH.length());
      if (operation.equals(BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH)) {
        return Optional.of(Touchpoint.DEPARTURE_NOTIFICATION);
      }
      if (operation.startsWith(BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH + "/")
          && operation.endsWith("/withdrawal")) {
        return Optional.of(Touchpoint.NOTIFICATION_WITHDRAWAL);
      }
      if (operation.equals(BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH)) {
        return Optional.of(Touchpoint.ARRIVAL_REGISTRATION);
      }
    }
    return Optional.empty();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Touchpoint> touchpoint = touchpoint(request.getMethod(), path);
    if (touchpoint.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Fault fault = faults.take(touchpoint.get()).orElse(null);
    Kind kind = fault == null ? null : fault.kind();
    if (kind == Kind.DOWN) {
      // What the office sees when the authority behind its gateway is down.
      write(
          response,
          503,
          MediaType.TEXT_HTML_VALUE,
          "<html><body><h1>503 Service Unavailable</h1>"
              + "No server is available to handle this request.</body></html>");
      return;
    }
    if (kind == Kind.ERROR) {
      write(
          response,
          500,
          MediaType.APPLICATION_JSON_VALUE,
          "{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal error (sandbox fault ERROR)\"}");
      return;
    }
    if (kind == Kind.SLOW) {
      sleep(fault.delay());
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
      String key = request.getHeader(MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER);
      requests.accepted(touchpoint.get(), key);
    }
    if (kind == Kind.LATE) {
      sleep(fault.delay());
    }
    if (kind == Kind.GARBAGE && answer.getStatus() < 300) {
      answer.resetBuffer();
      byte[] page =
          "<html><body>Please log in to continue.</body></html>".getBytes(StandardCharsets.UTF_8);
      answer.getResponse().setContentLength(page.length);
      answer.getResponse().getOutputStream().write(page);
      return;
    }
    if (kind == Kind.TRUNCATED && answer.getStatus() < 300) {
      byte[] body = answer.getContentAsByteArray();
      byte[] half = Arrays.copyOf(body, body.length / 2);
      answer.getResponse().setContentLength(half.length);
      answer.getResponse().getOutputStream().write(half);
      return;
    }
    answer.copyBodyToResponse();
  }

  private static void write(HttpServletResponse response, int status, String type, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
