package org.avrr.workflow.security.sso;

import jakarta.servlet.DispatcherType;
import org.avrr.workflow.identity.IdentitySeeder;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Single sign-on (profile {@code sso}): the webapps are behind the office's OpenID Connect provider
 * instead of Camunda's login form. Only the webapps and the sign-on's own endpoints pass through
 * Spring Security; the REST API, the partners' callbacks, our pages and the actuator keep their own
 * guards (HTTP Basic against Camunda's local users), as without single sign-on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "avrr.sso.enabled", havingValue = "true")
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

  private static final String WEBAPPS = "/camunda";

  /** The provider's registration in application-sso.yaml. */
  private static final String REGISTRATION = "office";

  @Bean
  ProviderGroupMapping providerGroupMapping(
      SingleSignOnProperties properties, IdentitySeeder groups) {
    return ProviderGroupMapping.parse(properties.groupMapping(), groups.groupIds());
  }

  @Bean
  SecurityFilterChain webappsSignOn(HttpSecurity http) throws Exception {
    // Path patterns over the whole path: the webapps' API is a servlet of its own (Jersey), which
    // Spring MVC's matchers would not see.
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    RequestMatcher webappsApi = paths.matcher(WEBAPPS + "/api/**");
    http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher(WEBAPPS + "/**"),
                paths.matcher("/oauth2/**"),
                paths.matcher("/login/**"),
                paths.matcher("/login")))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(paths.matcher(WEBAPPS + "/app/**"), webappsApi)
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        // A page goes to the provider; the webapps' calls get 401 (a script cannot follow a
        // redirect to the provider's login page).
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappsApi)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(
                            OAuth2AuthorizationRequestRedirectFilter
                                    .DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
                                + "/"
                                + REGISTRATION),
                        AnyRequestMatcher.INSTANCE))
        .oauth2Login(Customizer.withDefaults())
        // The webapps' "Log out" ends the whole session here (Camunda's own logout would only
        // forget its login, and the next request would sign on again at once). The provider's own
        // session is the provider's.
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        paths.matcher(
                            HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/{engine}/logout"))
                    .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
        // Camunda's CSRF filter protects the webapps as without single sign-on; its header filter
        // and ours write the security headers.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** After Spring Security's filters, before the webapps' own authentication filter. */
  @Bean
  FilterRegistrationBean<WebappSignOnFilter> webappSignOnFilter(
      ProcessEngine engine, ProviderGroupMapping mapping, SingleSignOnProperties properties) {
    FilterRegistrationBean<WebappSignOnFilter> registration =
        new FilterRegistrationBean<>(
            new WebappSignOnFilter(
                engine,
                new SignedOnUsers(engine.getIdentityService(), mapping),
                mapping,
                properties.groupClaim()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
