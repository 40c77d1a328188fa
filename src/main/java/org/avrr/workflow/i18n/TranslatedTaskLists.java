package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrr.workflow.common.BodyReadAgain;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.IdentitySeeder;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's lists in the user's language: the answers of the engine's API that name tasks, process
 * definitions and filters (the task list, a task, the filters, the "Start process" list; in
 * Cockpit, an instance's steps and the history Case history reads) get the {@link
 * ProcessCatalogue}'s words for the user's language, and so do the diagrams the webapps draw (a
 * process definition's XML through the webapps' API; the REST API's stays as deployed). English
 * answers pass untouched, and only these few paths are read at all: a variable or a form is never
 * buffered here.
 */
@Configuration(proxyBeanMethods = false)
class TranslatedTaskLists {

  /** After the engine's base path ({@code /engine-rest/} or the webapps' {@code .../engine/x/}). */
  static final Pattern NAMING =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(?:task(?:/[^/]+)?|filter(?:/[^/]+(?:/list)?)?"
              + "|process-definition(?:/key/[^/]+|/[^/]+)?(?:/xml)?|history/(?:task|process-instance"
              + "|activity-instance)|process-instance/[^/]+/activity-instances|group(?:/[^/]+)?)");

  /**
   * The processes' catalogue, the missions' groups named in each language as the office configured
   * each mission (avrr.identity.missions[].names).
   */
  @Bean
  ProcessCatalogue processCatalogue(MissionDirectory missions) {
    Map<String, Map<String, String>> names = new java.util.HashMap<>();
    for (IdentityProperties.Mission mission : missions.all()) {
      mission
          .names()
          .forEach(
              (language, name) ->
                  names
                      .computeIfAbsent(language, any -> new java.util.HashMap<>())
                      .put(AvrrGroups.missionGroup(mission.code()), name));
    }
    return ProcessCatalogue.load().withGroupNames(names);
  }

  /** A task or a filter a user sends back whole to be saved. */
  static final Pattern WRITTEN_BACK =
      Pattern.compile(
          "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(task|filter|group)/([^/]+)");

  @Bean
  FilterRegistrationBean<EnglishOnSave> englishOnSave(
      ProcessCatalogue catalogue, RequestLanguage languages, ProcessEngine engine) {
    FilterRegistrationBean<EnglishOnSave> registration =
        new FilterRegistrationBean<>(new EnglishOnSave(catalogue, languages, engine));
    registration.setName("english-on-save");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  /**
   * What a user of another language sends back is saved in English: Tasklist sends a task whole
   * when its due date changes, a filter whole from its editor, and Admin a group whole from its
   * page, with the names it was shown. A task keeps its own name and description (Tasklist never
   * changes them); a filter's translated words become the English ones again. Without this, a
   * Russian user's save would store Russian names for everyone, and the office's filters would no
   * longer be found by their names.
   */
  static final class EnglishOnSave extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessCatalogue catalogue;
    private final RequestLanguage languages;
    private final ProcessEngine engine;

    EnglishOnSave(ProcessCatalogue catalogue, RequestLanguage languages, ProcessEngine engine) {
      this.catalogue = catalogue;
      this.languages = languages;
      this.engine = engine;
    }

    /**
     * A task or a filter is a few kilobytes. Read before the engine authenticates the caller, so a
     * body is read only up to this; a larger one is refused, never held in memory whole.
     */
    private static final int LARGEST_BODY = 4 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"PUT".equals(request.getMethod())
          || !WRITTEN_BACK.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String language = languages.of(request);
      Matcher target = WRITTEN_BACK.matcher(request.getRequestURI());
      if (Languages.ENGLISH.equals(language) || !target.matches()) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
      if (body.length > LARGEST_BODY) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response
            .getWriter()
            .write("{\"message\":\"A task or a filter of over 4 MB is not saved.\"}");
        return;
      }
      try {
        if (JSON.readTree(body) instanceof ObjectNode sent) {
          if ("task".equals(target.group(1))) {
            Task stored =
                engine.getTaskService().createTaskQuery().taskId(target.group(2)).singleResult();
            if (stored != null) {
              sent.put("name", stored.getName());
              sent.put("description", stored.getDescription());
            }
          } else if ("group".equals(target.group(1))) {
            // Admin's group page sends the name it showed: the catalogue's becomes the stored one.
            Group stored =
                engine
                    .getIdentityService()
                    .createGroupQuery()
                    .groupId(target.group(2))
                    .singleResult();
            if (stored != null
                && catalogue.groupName(target.group(2), language).isPresent()
                && catalogue
                    .groupName(target.group(2), language)
                    .get()
                    .equals(sent.path("name").asText(null))) {
              sent.put("name", stored.getName());
            }
          } else {
            catalogue.untranslateFilter(sent, language, IdentitySeeder.FILTERS);
          }
          body = JSON.writeValueAsBytes(sent);
        }
      } catch (IOException notJson) {
        // sent on as it came: the engine answers it
      }
      chain.doFilter(new BodyReadAgain(request, body), response);
    }
  }

  @Bean
  FilterRegistrationBean<SearchesInEnglish> searchesInEnglish(
      ProcessCatalogue catalogue, RequestLanguage languages) {
    FilterRegistrationBean<SearchesInEnglish> registration =
        new FilterRegistrationBean<>(new SearchesInEnglish(catalogue, languages));
    registration.setName("searches-in-english");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
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

    /** The engine API the webapps call (Tasklist's and Cockpit's diagrams come through it). */
    private static final String WEBAPPS_API = "/camunda/api/engine/";

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
    byte[] translated(
        HttpServletRequest request, byte[] body, String contentType, String language) {
      if (contentType == null || !contentType.contains("json")) {
        return null;
      }
      try {
        JsonNode answer = JSON.readTree(body);
        if (answer instanceof ObjectNode definition && definition.hasNonNull("bpmn20Xml")) {
          // A diagram as the webapps draw it; the REST API gives the model as deployed.
          if (!request.getRequestURI().startsWith(WEBAPPS_API)) {
            return null;
          }
          definition.put(
              "bpmn20Xml", catalogue.diagram(definition.get("bpmn20Xml").asText(), language));
          return JSON.writeValueAsBytes(definition);
        }
        catalogue.translate(answer, language);
        return JSON.writeValueAsBytes(answer);
      } catch (IOException notJson) {
        return null; // left as the engine wrote it
      }
    }
  }
}
