package org.avrr.bench.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's yardstick: Camunda 7.24 with its webapps and REST API on Spring Boot 3.5, the
 * same dependencies and engine settings as avrr-workflow, and none of its code. The benchmark runs
 * it from a directory of its own holding only this package, the models and {@code
 * bench/bare-application.yaml}. Its REST API asks for HTTP Basic like ours, so authorization checks
 * cost the same. With profile {@code reference-models} it also answers the models' expressions with
 * no-ops ({@link ReferenceModelBeans}), so whole cases run through the same flow nodes.
 */
@SpringBootApplication
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareEngineApplication.class, args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
