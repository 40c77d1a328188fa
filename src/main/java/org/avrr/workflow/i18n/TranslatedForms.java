package org.avrr.workflow.i18n;

import jakarta.servlet.http.HttpServletRequest;
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
      FormCatalogue catalogue, RequestLanguage languages) {
    FilterRegistrationBean<FormTranslator> registration =
        new FilterRegistrationBean<>(new FormTranslator(catalogue, languages));
    registration.setName("form-translator");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static final class FormTranslator extends TranslatedAnswer {

    private final FormCatalogue catalogue;

    FormTranslator(FormCatalogue catalogue, RequestLanguage languages) {
      super(languages);
      this.catalogue = catalogue;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI();
      return !"GET".equals(request.getMethod())
          || !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"));
    }

    @Override
    byte[] translated(byte[] body, String contentType, String language) {
      byte[] translated = catalogue.translate(body, language);
      return translated == body ? null : translated;
    }
  }
}
