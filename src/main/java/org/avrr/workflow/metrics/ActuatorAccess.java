package org.avrr.workflow.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator beyond {@code /actuator/health} (which load balancers ask) answers only Camunda
 * users of group {@code monitoring} or {@code camunda-admin}, by HTTP Basic: metrics tell how the
 * office works (queues per group, failures per authority), which is not for anyone on the network.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorAccess {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> actuatorAccessFilter(
      @Lazy IdentityService identity) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Guard(identity));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {
    private static final Set<String> READERS =
        Set.of(AvrrGroups.MONITORING, AvrrGroups.ADMINISTRATORS);
    private final IdentityService identity;

    Guard(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
      if (health
          || CamundaCredentials.ofUserIn(
              identity, request.getHeader(HttpHeaders.AUTHORIZATION), READERS)) {
        chain.doFilter(request, response);
        return;
      }
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr-actuator\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }
}
