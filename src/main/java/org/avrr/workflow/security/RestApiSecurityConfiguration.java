package org.avrr.workflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda starter leaves {@code /engine-rest} open to anyone. This requires HTTP Basic
 * credentials of a Camunda user on every call, as Camunda Run does, so the engine's authorizations
 * apply to the REST API exactly as they do in Tasklist and Cockpit.
 */
@Configuration(proxyBeanMethods = false)
class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    // First, so that answers other filters give on their own (a 401, a 403) carry them too.
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PasswordPolicyGuard> passwordPolicyGuard(
      org.camunda.bpm.engine.ProcessEngine engine) {
    FilterRegistrationBean<PasswordPolicyGuard> registration =
        new FilterRegistrationBean<>(new PasswordPolicyGuard(engine));
    registration.setName("password-policy-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormBypassGuard> formBypassGuard() {
    FilterRegistrationBean<FormBypassGuard> registration =
        new FilterRegistrationBean<>(new FormBypassGuard());
    registration.setName("form-bypass-guard");
    // The public REST API and the engine API behind Tasklist and Cockpit.
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
