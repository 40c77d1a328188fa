package org.avrr.workflow.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.callback.CallbackDelivery.Receipt;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one door through which outside parties answer our requests: {@code POST
 * /api/callbacks/<party>/<kind>} with HTTP Basic credentials of that party and a JSON body of the
 * kind's contract. Never {@code /engine-rest/message}: a party can only deliver the answers its
 * contracts define, to the step that asked. Every answer is JSON {@code {status, message}} or
 * {@code {code, message}}; nothing reveals more than the caller sent.
 */
@RestController
class CallbackController {

  static final String PATH = "/api/callbacks/{party}/{kind}";
  static final int MAX_KEY_LENGTH = 128;

  private final CallbackDelivery delivery;
  private final CallbackProperties properties;
  private final ObjectMapper json;

  CallbackController(CallbackDelivery delivery, CallbackProperties properties, ObjectMapper json) {
    this.delivery = delivery;
    this.properties = properties;
    this.json = json;
  }

  record Problem(String code, String message) {}

  record Accepted(String status, String message) {}

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> receive(
      @PathVariable String party,
      @PathVariable String kind,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) String body) {
    ResponseEntity<?> answer = answer(party, kind, authorization, body);
    // Tags only from what this application knows: a caller's made-up party or kind is "unknown".
    boolean known =
        properties.clients().containsKey(party) && delivery.contract(party, kind).isPresent();
    Metrics.counter(
            "avrr.callbacks",
            "party",
            known ? party : "unknown",
            "kind",
            known ? kind : "unknown",
            "outcome",
            outcome(answer))
        .increment();
    return answer;
  }

  private static String outcome(ResponseEntity<?> answer) {
    if (answer.getBody() instanceof Accepted accepted) {
      return accepted.status();
    }
    if (answer.getBody() instanceof Problem problem) {
      return problem.code();
    }
    return Integer.toString(answer.getStatusCode().value());
  }

  private ResponseEntity<?> answer(String party, String kind, String authorization, String body) {
    CallbackProperties.Client client = properties.clients().get(party);
    if (client == null || !PartyCredentials.matches(client, authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr-callbacks\"")
          .body(new Problem("UNAUTHORIZED", "Unknown or missing credentials"));
    }
    Optional<CallbackContract> contract = delivery.contract(party, kind);
    if (contract.isEmpty()) {
      return problem(
          HttpStatus.NOT_FOUND, "UNKNOWN_CALLBACK", party + " sends no callback of kind " + kind);
    }
    JsonNode tree;
    try {
      tree = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      return problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      return problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body must be a JSON object");
    }
    List<String> problems = new ArrayList<>();
    String caseNumber = key(tree, "caseNumber", problems);
    String requestKey = key(tree, "requestKey", problems);
    if (requestKey != null && caseNumber != null && !requestKey.startsWith(caseNumber + ":")) {
      problems.add("requestKey does not belong to caseNumber " + caseNumber);
    }
    Map<String, Object> variables;
    try {
      variables = contract.get().variables(tree);
    } catch (InvalidCallbackException e) {
      problems.addAll(e.problems());
      variables = Map.of();
    }
    if (!problems.isEmpty()) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "INVALID_CALLBACK",
          "Please correct the callback: " + String.join("; ", problems));
    }
    if (!contract.get().mayAnswerFor(party, caseNumber)) {
      return problem(
          HttpStatus.FORBIDDEN, "NOT_YOUR_CASE", party + " may not answer for case " + caseNumber);
    }
    Receipt receipt = delivery.receive(contract.get(), party, caseNumber, requestKey, variables);
    return switch (receipt) {
      case DELIVERED -> accepted(HttpStatus.OK, receipt, "Applied to case " + caseNumber);
      case STORED_UNTIL_CASE_WAITS ->
          accepted(
              HttpStatus.ACCEPTED,
              receipt,
              "Stored; it is applied as soon as case " + caseNumber + " reaches the step");
      case ALREADY_RECEIVED ->
          accepted(HttpStatus.OK, receipt, "This answer was already received; nothing changed");
      case CONFLICTS_WITH_EARLIER_ANSWER ->
          problem(
              HttpStatus.CONFLICT,
              receipt.name(),
              "A different answer to request " + requestKey + " was received before; it stands");
      case UNKNOWN_CASE -> problem(HttpStatus.NOT_FOUND, receipt.name(), "No case " + caseNumber);
      case CASE_CLOSED ->
          problem(HttpStatus.CONFLICT, receipt.name(), "Case " + caseNumber + " is already closed");
    };
  }

  private static String key(JsonNode tree, String field, List<String> problems) {
    JsonNode node = tree.get(field);
    if (node == null || node.isNull()) {
      problems.add(field + " is required");
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > MAX_KEY_LENGTH) {
      problems.add(
          field + " must be a non-empty string of at most " + MAX_KEY_LENGTH + " characters");
      return null;
    }
    return node.asText();
  }

  private static ResponseEntity<Problem> problem(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(new Problem(code, message));
  }

  private static ResponseEntity<Accepted> accepted(
      HttpStatus status, Receipt receipt, String message) {
    return ResponseEntity.status(status).body(new Accepted(receipt.name(), message));
  }
}
