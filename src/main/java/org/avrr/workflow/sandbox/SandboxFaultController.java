package org.avrr.workflow.sandbox;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.sandbox.SandboxFaults.Fault;
import org.avrr.workflow.sandbox.SandboxFaults.Kind;
import org.avrr.workflow.sandbox.SandboxFaults.Touchpoint;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator's switchboard for rehearsing outages (docs/sandbox.md): which faults the sandbox
 * authorities and the embedded mail server answer with, and what the sandbox authorities accepted,
 * per idempotency key. HTTP Basic, Camunda administrators only.
 */
@RestController
@RequestMapping(SandboxFaultController.PATH)
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
class SandboxFaultController {

  static final String PATH = "/sandbox/faults";

  /** A fault as an operator asks for it. */
  record FaultRequest(String kind, Integer times, String delay) {}

  private final SandboxFaults faults;
  private final SandboxRequests requests;
  private final IdentityService identity;

  SandboxFaultController(SandboxFaults faults, SandboxRequests requests, IdentityService identity) {
    this.faults = faults;
    this.requests = requests;
    this.identity = identity;
  }

  @Bean
  static FilterRegistrationBean<SandboxFaultFilter> sandboxFaultFilter(
      SandboxFaults faults, SandboxRequests requests) {
    FilterRegistrationBean<SandboxFaultFilter> registration =
        new FilterRegistrationBean<>(new SandboxFaultFilter(faults, requests));
    registration.addUrlPatterns(
        SandboxMinistryController.BASE_PATH + "/*", SandboxBorderController.BASE_PATH + "/*");
    return registration;
  }

  @GetMapping
  ResponseEntity<?> current(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    Map<String, Object> current = new LinkedHashMap<>();
    faults.current().forEach((touchpoint, fault) -> current.put(touchpoint.id(), view(fault)));
    return ResponseEntity.ok(current);
  }

  @PutMapping("/{touchpoint}")
  ResponseEntity<?> set(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("touchpoint") String touchpointId,
      @RequestBody(required = false) FaultRequest request) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    Touchpoint touchpoint = Touchpoint.byId(touchpointId).orElse(null);
    if (touchpoint == null) {
      return problem("Unknown touchpoint; one of " + ids());
    }
    if (request == null || request.kind() == null) {
      return problem("Give the fault's kind: one of " + List.of(Kind.values()));
    }
    Kind kind = Kind.byName(request.kind()).orElse(null);
    if (kind == null) {
      return problem("Unknown kind of fault; one of " + List.of(Kind.values()));
    }
    if (touchpoint == Touchpoint.MAIL && kind != Kind.DOWN) {
      return problem("The mail server can only be DOWN");
    }
    int times = request.times() == null ? 0 : request.times();
    if (times < 0 || times > 1_000_000) {
      return problem("times: 0 (until cleared) or the number of requests to fail");
    }
    Duration delay = null;
    if (request.delay() != null) {
      try {
        delay = Duration.parse(request.delay());
      } catch (DateTimeParseException e) {
        return problem("delay: an ISO-8601 duration such as PT15S");
      }
      if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(10)) > 0) {
        return problem("delay: between PT0S and PT10M");
      }
    }
    return ResponseEntity.ok(view(faults.set(touchpoint, kind, times, delay)));
  }

  @DeleteMapping
  ResponseEntity<?> clearAll(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    faults.clearAll();
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{touchpoint}")
  ResponseEntity<?> clear(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("touchpoint") String touchpointId) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    Touchpoint touchpoint = Touchpoint.byId(touchpointId).orElse(null);
    if (touchpoint == null) {
      return problem("Unknown touchpoint; one of " + ids());
    }
    faults.clear(touchpoint);
    return ResponseEntity.noContent().build();
  }

  /** What the sandbox authorities accepted for the keys starting with {@code case}. */
  @GetMapping("/accepted")
  ResponseEntity<?> accepted(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "case", required = false, defaultValue = "") String caseNumber) {
    if (!isAdministrator(authorization)) {
      return challenge();
    }
    if (caseNumber.length() > 64) {
      return problem("case: a case number");
    }
    return ResponseEntity.ok(requests.list(caseNumber));
  }

  private static Map<String, Object> view(Fault fault) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("touchpoint", fault.touchpoint().id());
    view.put("kind", fault.kind());
    view.put("times", fault.times());
    view.put("delay", fault.delay().toString());
    return view;
  }

  private static List<String> ids() {
    return java.util.Arrays.stream(Touchpoint.values()).map(Touchpoint::id).toList();
  }

  private boolean isAdministrator(String authorization) {
    return CamundaCredentials.ofUserIn(identity, authorization, Set.of(Groups.CAMUNDA_ADMIN));
  }

  private static ResponseEntity<?> problem(String message) {
    return ResponseEntity.badRequest().body(Map.of("code", "INVALID_FAULT", "message", message));
  }

  private static ResponseEntity<?> challenge() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr sandbox\"")
        .build();
  }
}
