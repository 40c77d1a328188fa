package org.avrr.workflow.accesslog;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access log's recorder on the engine's API, public and behind the webapps. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

  @Bean
  FilterRegistrationBean<CaseReadRecorder> caseReadRecorder(CaseReadLog log, ProcessEngine engine) {
    FilterRegistrationBean<CaseReadRecorder> registration =
        new FilterRegistrationBean<>(new CaseReadRecorder(log, engine));
    registration.setName("case-read-recorder");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
