package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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

  static final class ListTranslator extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessCatalogue catalogue;
    private final RequestLanguage languages;

    ListTranslator(ProcessCatalogue catalogue, RequestLanguage languages) {
      this.catalogue = catalogue;
      this.languages = languages;
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
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String language = languages.of(request);
      if (!catalogue.has(language)) {
        chain.doFilter(request, response);
        return;
      }
      response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      byte[] body = buffered.getContentAsByteArray();
      String type = buffered.getContentType();
      if (buffered.getStatus() == HttpServletResponse.SC_OK
          && body.length > 0
          && type != null
          && type.contains("json")) {
        try {
          JsonNode answer = JSON.readTree(body);
          catalogue.translate(answer, language);
          buffered.resetBuffer();
          buffered.getOutputStream().write(JSON.writeValueAsBytes(answer));
        } catch (IOException notJson) {
          // left as the engine wrote it
        }
      }
      buffered.copyBodyToResponse();
    }
  }
}
