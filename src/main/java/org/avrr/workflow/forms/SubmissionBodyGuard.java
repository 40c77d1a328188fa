package org.avrr.workflow.forms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.avrr.workflow.common.BodyReadAgain;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reads a form submission ({@code submit-form} of a task or of a process definition, on the REST
 * API and on the webapps' engine API) before the engine does, and refuses with a 400 and a message
 * a person can act on what no form of this application sends: a body that is not a JSON object, too
 * large or too deeply nested, a variable of a type a form never submits (objects, files, bytes —
 * nothing is ever deserialized from a submission), a value that does not match its declared type, a
 * JSON value that is not JSON. The engine answered these with a 500 or with a message naming its
 * Java types (BadInputIT). What passes is validated against the form itself afterwards (ADR 0002).
 */
public class SubmissionBodyGuard extends OncePerRequestFilter {

  /** Far above any form's submission (a reintegration plan is a few kilobytes). */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /** A form's JSON values (checklists, plans) nest a few levels. */
  static final int MAX_NESTING = 32;

  private static final Pattern SUBMIT_FORM =
      Pattern.compile(".*/(task/[^/]+|process-definition/.+)/submit-form");

  /** What form-js and our forms submit. */
  private static final Set<String> FORM_TYPES =
      Set.of("string", "boolean", "long", "integer", "short", "double", "json", "null");

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_NESTING)
                      .maxStringLength(MAX_BODY_BYTES)
                      .maxNumberLength(40)
                      .build())
              .build());

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !SUBMIT_FORM.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, "The submission is too large (at most 1 MB).");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, "The submission is too large (at most 1 MB).");
      return;
    }
    String problem = problemOf(body);
    if (problem != null) {
      refuse(response, problem);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(new BodyReadAgain(request, body), answer);
    if (answer.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
      byte[] refusal = withoutEnginePrefix(answer.getContentAsByteArray());
      if (refusal != null) {
        answer.resetBuffer();
        answer.getOutputStream().write(refusal);
      }
    }
    answer.copyBodyToResponse();
  }

  /**
   * The engine's REST API puts "Cannot submit task form &lt;id&gt;: " before a refused form's
   * reasons, in English whatever the user's language: the user reads the reasons only (Tasklist
   * says itself that the form was not submitted). Null when the answer is not such a refusal.
   */
  static byte[] withoutEnginePrefix(byte[] answer) {
    try {
      JsonNode refusal = JSON.readTree(answer);
      if (refusal instanceof com.fasterxml.jackson.databind.node.ObjectNode object
          && refusal.path("message").isTextual()) {
        java.util.regex.Matcher prefixed = ENGINE_PREFIX.matcher(refusal.get("message").asText());
        if (prefixed.matches()) {
          object.put("message", prefixed.group(1));
          return JSON.writeValueAsBytes(object);
        }
      }
    } catch (IOException notJson) {
      // left as it was
    }
    return null;
  }

  private static final Pattern ENGINE_PREFIX =
      Pattern.compile(
          "(?:Cannot submit task form|Cannot instantiate process definition) \\S+: (.*)",
          Pattern.DOTALL);

  /** What is wrong with a submission's body, in words; null if nothing this guard checks. */
  static String problemOf(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return "The submission is not readable JSON, or nests too deeply.";
    } catch (IOException e) {
      return "The submission cannot be read.";
    }
    if (root == null || !root.isObject()) {
      return "The submission must be a JSON object with the form's \"variables\".";
    }
    JsonNode variables = root.get("variables");
    if (variables == null || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return "\"variables\" must be an object of the form's fields.";
    }
    Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String problem = problemOf(field.getKey(), field.getValue());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String problemOf(String name, JsonNode variable) {
    String shown = shown(name);
    if (!variable.isObject()) {
      return shown + ": must be given as {\"value\": ..., \"type\": ...}.";
    }
    JsonNode typeNode = variable.get("type");
    String type =
        typeNode == null || typeNode.isNull()
            ? "null"
            : typeNode.isTextual() ? typeNode.asText().toLowerCase(Locale.ROOT) : "?";
    if (!FORM_TYPES.contains(type)) {
      return shown
          + ": a form submits text, numbers, yes/no, dates as text or JSON; this type is not"
          + " accepted.";
    }
    JsonNode value = variable.get("value");
    if (value == null || value.isNull() || type.equals("null")) {
      return null;
    }
    boolean fits =
        switch (type) {
          case "string" -> value.isTextual();
          case "boolean" -> value.isBoolean();
          case "long" -> value.isIntegralNumber() && value.canConvertToLong();
          case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
          case "short" ->
              value.isIntegralNumber()
                  && value.canConvertToInt()
                  && Math.abs(value.asInt()) <= Short.MAX_VALUE;
          case "double" -> value.isNumber() && Double.isFinite(value.asDouble());
          case "json" -> value.isTextual() && isJson(value.asText());
          default -> false;
        };
    if (!fits) {
      return shown + ": the value does not match its type (" + words(type) + " expected).";
    }
    return null;
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String words(String type) {
    return switch (type) {
      case "string" -> "text";
      case "boolean" -> "true or false";
      case "long", "integer", "short" -> "a whole number";
      case "double" -> "a number";
      case "json" -> "JSON";
      default -> type;
    };
  }

  /** The field's name as the message shows it: printable, not longer than a field name is. */
  private static String shown(String name) {
    String printable = name.replaceAll("[^A-Za-z0-9_.-]", "?");
    return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    ObjectNode problem = JsonNodeFactory.instance.objectNode();
    // The engine's own error shape, so Tasklist shows the message as it shows the engine's.
    problem.put("type", "InvalidRequestException");
    problem.put("message", message);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toString());
  }
}
