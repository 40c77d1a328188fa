package org.avrr.workflow.forms;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers form validation with the engine; the starter picks up every ProcessEnginePlugin. */
@Configuration
class FormValidationConfiguration {

  @Bean
  FormValidationPlugin formValidationPlugin(List<FormRule> rules) {
    return new FormValidationPlugin(rules);
  }
}
