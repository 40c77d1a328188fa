package org.avrr.workflow.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves each deployed form in the language of the user who fetches it: Tasklist (and any client of
 * the REST API) asks for {@code .../task/{id}/deployed-form} or {@code .../deployed-start-form},
 * and gets the .form with the {@link FormCatalogue}'s words in place of the English ones. The
 * engine keeps one form per deployment; only the answer is translated.
 */
@Configuration(proxyBeanMethods = false)
class TranslatedForms {

  @Bean
  FormCatalogue formCatalogue() {
    return FormCatalogue.load();
  }

  @Bean
  FilterRegistrationBean<FormTranslator> formTranslator(
      FormCatalogue catalogue, RequestLanguage languages, ProcessEngine engine) {
    FilterRegistrationBean<FormTranslator> registration =
        new FilterRegistrationBean<>(new FormTranslator(catalogue, languages, engine));
    registration.setName("form-translator");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class FormTranslator extends TranslatedAnswer {

    /** The task of {@code .../task/{id}/deployed-form}. */
    private static final Pattern TASK_FORM = Pattern.compile("/task/([^/]+)/deployed-form$");

    private final FormCatalogue catalogue;
    private final ProcessEngine engine;

    FormTranslator(FormCatalogue catalogue, RequestLanguage languages, ProcessEngine engine) {
      super(languages);
      this.catalogue = catalogue;
      this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI();
      return !"GET".equals(request.getMethod())
          || !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"));
    }

    @Override
    byte[] translated(
        HttpServletRequest request, byte[] body, String contentType, String language) {
      Set<String> present = wordsOfTheTask(request, language);
      byte[] translated = catalogue.translate(body, language, present::contains);
      return translated == body ? null : translated;
    }

    /**
     * Which of the case's words the task holds in {@code language}: one read, for the form of a
     * task only (a start form shows no case yet). The answer itself came through the engine's
     * authorization; this read only chooses a variable's name.
     */
    private Set<String> wordsOfTheTask(HttpServletRequest request, String language) {
      Matcher task = TASK_FORM.matcher(request.getRequestURI());
      if (!task.find()) {
        return Set.of();
      }
      Set<String> names =
          LocalisedNames.inEachLanguage().stream()
              .map(name -> LocalisedNames.variable(name, language))
              .collect(Collectors.toSet());
      try {
        return engine.getTaskService().getVariables(task.group(1), names).keySet();
      } catch (ProcessEngineException gone) {
        return Set.of();
      }
    }
  }
}
