package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.security.CallingUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own language: {@code GET /api/me/language} says which one they work in and whether
 * they chose it or their browser did (before a login: the browser's, for nobody); {@code PUT} with
 * {@code {"language": "ru"}} keeps a choice in their profile, {@code {"language": null}} lets the
 * browser choose again. The webapps ask it as they start, and Tasklist's language menu changes it
 * (a session's change carries the session's CSRF token).
 */
@RestController
class MyLanguageController {

  /**
   * @param user who asked, null before a login
   */
  record MyLanguage(String user, String language, boolean chosen, List<String> offered) {}

  record Refusal(String message) {}

  static final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final ProcessEngine engine;
  private final UserLanguages users;
  private final RequestLanguage languages;

  MyLanguageController(ProcessEngine engine, UserLanguages users, RequestLanguage languages) {
    this.engine = engine;
    this.users = users;
    this.languages = languages;
  }

  @GetMapping(path = "/api/me/language", produces = MediaType.APPLICATION_JSON_VALUE)
  MyLanguage mine(HttpServletRequest request) {
    // Anyone may ask: a 401 here would make the browser ask for a password as the webapps start.
    Optional<String> user =
        CallingUser.of(request, engine.getIdentityService(), engine.getName(), false)
            .map(CallingUser::id);
    // The language of the checked caller (a name with a wrong password is nobody here).
    return new MyLanguage(
        user.orElse(null),
        languages.of(user, request),
        user.flatMap(users::chosenBy).isPresent(),
        Languages.OFFERED);
  }

  /** The caller's language and the words of the codes a case keeps, in it. */
  record MyWords(String language, Map<String, Map<String, String>> codes) {}

  /**
   * The codes a case keeps (closureReason COMPLETED, ...) in the caller's words, for our pages that
   * show a case's stored values (Case history). Anyone may ask: they are the catalogue's words.
   */
  @GetMapping(path = "/api/me/words", produces = MediaType.APPLICATION_JSON_VALUE)
  MyWords words(HttpServletRequest request) {
    String language = mine(request).language();
    return new MyWords(language, LocalisedNames.codeWords(language));
  }

  @PutMapping(
      path = "/api/me/language",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  MyLanguage choose(HttpServletRequest request, @RequestBody JsonNode body) {
    String user = caller(request);
    JsonNode language = body.path("language");
    if (!body.isObject() || language.isMissingNode()) {
      throw new Refused(
          HttpStatus.BAD_REQUEST,
          "Send {\"language\": \"ru\"} (one of "
              + Languages.OFFERED
              + "), or null to let the"
              + " browser choose.");
    }
    if (language.isNull()) {
      users.choose(user, Optional.empty());
    } else if (language.isTextual() && Languages.OFFERED.contains(language.asText())) {
      users.choose(user, Optional.of(language.asText()));
    } else {
      throw new Refused(
          HttpStatus.BAD_REQUEST,
          "\"language\" must be one of " + Languages.OFFERED + " or null, not " + cut(language));
    }
    return mine(request);
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Refusal> refused(Refused refused, HttpServletRequest request) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status);
    // Only to a caller who sent credentials: a browser would answer the challenge with its own
    // password dialog over Tasklist (its session expired, its token stale).
    if (refused.status == HttpStatus.UNAUTHORIZED
        && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr\"");
    }
    return answer.contentType(MediaType.APPLICATION_JSON).body(new Refusal(refused.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Refusal> unreadable(HttpServletRequest request) {
    return refused(
        new Refused(HttpStatus.BAD_REQUEST, "The body is not JSON: send {\"language\": \"ru\"}."),
        request);
  }

  private String caller(HttpServletRequest request) {
    return CallingUser.of(request, engine.getIdentityService(), engine.getName(), true)
        .map(CallingUser::id)
        .orElseThrow(
            () ->
                new Refused(
                    HttpStatus.UNAUTHORIZED,
                    "Log in (HTTP Basic, or Tasklist with its X-XSRF-TOKEN) to choose your"
                        + " language."));
  }

  private static String cut(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
