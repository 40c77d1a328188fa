package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist's lists in the user's language: the answers of the engine's API that name tasks, process
 * definitions and filters (the task list, a task, the filters, the "Start process" list; in
 * Cockpit, an instance's steps and the history Case history reads) get the {@link
 * ProcessCatalogue}'s words for the user's language. English answers pass untouched, and only these
 * few paths are read at all: a variable, a diagram or a form is never buffered here.
 */
@Configuration(proxyBeanMethods = false)
class TranslatedTaskLists {

  /** After the engine's base path ({@code /engine-rest/} or the webapps' {@code .../engine/x/}). */
  static final Pattern NAMING =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(?:task(?:/[^/]+)?|filter(?:/[^/]+(?:/list)?)?"
              + "|process-definition(?:/key/[^/]+|/[^/]+)?|history/(?:task|process-instance"
              + "|activity-instance)|process-instance/[^/]+/activity-instances)");

  @Bean
  ProcessCatalogue processCatalogue() {
    return ProcessCatalogue.load();
  }

  @Bean
  FilterRegistrationBean<ListTranslator> listTranslator(
      ProcessCatalogue catalogue, RequestLanguage languages) {
    FilterRegistrationBean<ListTranslator> registration =
        new FilterRegistrationBean<>(new ListTranslator(catalogue, languages));
    registration.setName("task-list-translator");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class ListTranslator extends TranslatedAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessCatalogue catalogue;

    ListTranslator(ProcessCatalogue catalogue, RequestLanguage languages) {
      super(languages);
      this.catalogue = catalogue;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      // Reads, and the filter's list of tasks, which Tasklist asks for by POST with its query.
      boolean read =
          "GET".equals(request.getMethod())
              || ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/list"));
      return !read || !NAMING.matcher(request.getRequestURI()).matches();
    }

    @Override
    byte[] translated(byte[] body, String contentType, String language) {
      if (contentType == null || !contentType.contains("json")) {
        return null;
      }
      try {
        JsonNode answer = JSON.readTree(body);
        catalogue.translate(answer, language);
        return JSON.writeValueAsBytes(answer);
      } catch (IOException notJson) {
        return null; // left as the engine wrote it
      }
    }
  }
}
