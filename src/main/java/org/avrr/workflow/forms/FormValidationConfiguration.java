package org.avrr.workflow.forms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers form validation with the engine; the starter picks up every ProcessEnginePlugin. */
@Configuration
class FormValidationConfiguration {

  /** Rules depend on engine services, the engine on this plugin: rules are fetched lazily. */
  @Bean
  FormValidationPlugin formValidationPlugin(ObjectProvider<FormRule> rules) {
    return new FormValidationPlugin(() -> rules.orderedStream().toList());
  }
}
