package org.avrr.workflow.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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

  static final class FormTranslator extends OncePerRequestFilter {

    private final FormCatalogue catalogue;
    private final RequestLanguage languages;

    FormTranslator(FormCatalogue catalogue, RequestLanguage languages) {
      this.catalogue = catalogue;
      this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI();
      return !"GET".equals(request.getMethod())
          || !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"));
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String language = languages.of(request);
      response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
      if (Languages.ENGLISH.equals(language)) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      byte[] body = buffered.getContentAsByteArray();
      if (buffered.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
        byte[] translated = catalogue.translate(body, language);
        if (translated != body) {
          buffered.resetBuffer();
          buffered.getOutputStream().write(translated);
        }
      }
      buffered.copyBodyToResponse();
    }
  }
}
