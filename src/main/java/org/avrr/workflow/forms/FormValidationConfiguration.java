package org.avrr.workflow.forms;

import org.avrr.workflow.i18n.FormCatalogue;
import org.avrr.workflow.i18n.RequestLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers form validation with the engine; the starter picks up every ProcessEnginePlugin. */
@Configuration(proxyBeanMethods = false)
class FormValidationConfiguration {

  /** Rules depend on engine services, the engine on this plugin: rules are fetched lazily. */
  @Bean
  FormValidationPlugin formValidationPlugin(
      ObjectProvider<FormRule> rules,
      ObjectProvider<RequestLanguage> languages,
      FormCatalogue catalogue) {
    // The request's language needs the engine (the user's profile): looked up at a submission.
    return new FormValidationPlugin(
        () -> rules.orderedStream().toList(), () -> languages.getObject().current(), catalogue);
  }

  /** Before the engine reads a submission: what no form sends is refused with words, not a 500. */
  @Bean
  FilterRegistrationBean<SubmissionBodyGuard> submissionBodyGuard() {
    FilterRegistrationBean<SubmissionBodyGuard> registration =
        new FilterRegistrationBean<>(new SubmissionBodyGuard());
    registration.setName("submission-body-guard");
    // The public REST API and the engine API behind Tasklist.
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
