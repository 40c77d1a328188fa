package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's refusals of a user's action in the user's language. Tasklist shows the engine's
 * message beside its own words when a claim, a completion or a start fails; the engine says it in
 * English ("Task '…' is already claimed by someone else."). In an office where colleagues share a
 * queue that happens every day, so the refusals a user meets in their work — a colleague was first,
 * the case changed meanwhile, the task is gone, not allowed — are said in their words; any other
 * keeps the engine's sentence after a sentence in their words, for the administrator. Our own
 * refusals (a form's rules) come in the user's language already and pass untouched; so does every
 * answer to an English user, and every answer that is not a refusal.
 */
@Configuration(proxyBeanMethods = false)
class EngineRefusals {

  /** A user's action on a task, or a process started from Tasklist. */
  static final Pattern ACTION =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(?:task/[^/]+/[a-z-]+(?:/[a-z-]+)?"
              + "|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:submit-form|start))");

  // The engine's sentences of the refusals met in a day's work, whatever exception carries them:
  // the REST API wraps a task's submission and a process's start in a RestException ("Cannot
  // submit task form …: " and the engine's sentence).

  private static final Pattern CLAIMED = Pattern.compile("is already claimed by");

  private static final Pattern CHANGED_MEANWHILE =
      Pattern.compile("ENGINE-03005|updated by another transaction concurrently");

  private static final Pattern NOT_ALLOWED =
      Pattern.compile("The user with id '[^']*' does not have [^.]{0,200}permission");

  /** A task that no longer exists (completed, or its case ended). */
  private static final Pattern TASK_GONE =
      Pattern.compile(
          "(?i)cannot find task with id|no matching task|task is null"
              + "|task with id '?[^' ]+'? (?:does not exist|not found)");

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  @Bean
  FilterRegistrationBean<Filter> engineRefusalsInWords(RequestLanguage languages) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new Filter(languages));
    registration.setName("engine-refusals-in-words");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  /**
   * The words of a refusal the engine answered with, in {@code language}: the refusals met in a
   * day's work by their kind, whatever the case data in the engine's sentence; empty for one of
   * ours, already in the user's words; any other, a sentence and then the engine's.
   */
  static Optional<String> inWords(String type, String message, String language) {
    String said = message == null ? "" : message;
    String kind = type == null ? "" : type;
    String key;
    if ("TaskAlreadyClaimedException".equals(kind) || CLAIMED.matcher(said).find()) {
      key = "engine.refusal.claimed";
    } else if ("OptimisticLockingException".equals(kind)
        || CHANGED_MEANWHILE.matcher(said).find()) {
      key = "engine.refusal.changedMeanwhile";
    } else if ("AuthorizationException".equals(kind) || NOT_ALLOWED.matcher(said).find()) {
      key = "engine.refusal.notAllowed";
    } else if (TASK_GONE.matcher(said).find()) {
      key = "engine.refusal.taskGone";
    } else if (CYRILLIC.matcher(said).find()) {
      // Ours (a form's rules), in the user's words already.
      return Optional.empty();
    } else {
      return Optional.of(Messages.text(language, "engine.refusal.other", said));
    }
    return Optional.of(Messages.text(language, key));
  }

  /** The filter: a non-English user's refused actions, their message put in words. */
  static final class Filter extends TranslatedAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    Filter(RequestLanguage languages) {
      super(languages);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod())
          || !ACTION.matcher(request.getRequestURI()).matches();
    }

    /** A refusal: an action's answer is small (nothing, a task's variables, a started instance). */
    @Override
    boolean translates(int status) {
      return status >= 400;
    }

    @Override
    byte[] translated(
        HttpServletRequest request, byte[] body, String contentType, String language) {
      return worded(body, language);
    }

    /** The refusal with its message in words, or null to send it as it came. */
    private static byte[] worded(byte[] body, String language) {
      JsonNode refusal;
      try {
        refusal = JSON.readTree(body);
      } catch (IOException notJson) {
        return null;
      }
      if (!(refusal instanceof ObjectNode object) || !object.hasNonNull("message")) {
        return null;
      }
      return inWords(object.path("type").asText(null), object.get("message").asText(), language)
          .map(
              words -> {
                object.put("message", words);
                try {
                  return JSON.writeValueAsBytes(object);
                } catch (IOException e) {
                  return null;
                }
              })
          .orElse(null);
    }
  }
}
