package org.avrr.workflow.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.util.TestSocketUtils;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server (a maintained OIDC server
 * from Maven Central) in a Spring application of its own on a free port, with the office's staff as
 * its users and their directory groups in the ID token's {@code groups} claim, as an office's Entra
 * ID or Keycloak sends them. Its session cookie has a name of its own, so a test's cookie jar can
 * hold it beside the application's on the same host.
 */
public final class OfficeIdentityProvider implements AutoCloseable {

  /** A person at the provider: their user name, password, names, mail and groups. */
  public record Person(
      String username,
      String password,
      String givenName,
      String familyName,
      String email,
      List<String> groups) {}

  public static final String CLIENT_ID = "avrr-workflow";
  public static final String CLIENT_SECRET = "office-sso-client-secret";

  private static List<Person> people = List.of();

  private final ConfigurableApplicationContext provider;
  private final int port;

  private OfficeIdentityProvider(ConfigurableApplicationContext provider, int port) {
    this.provider = provider;
    this.port = port;
  }

  /**
   * Starts the provider, with {@code applicationBaseUrl}'s sign-on callback as the only redirect
   * URI its client may use.
   */
  public static synchronized OfficeIdentityProvider start(
      String applicationBaseUrl, List<Person> staff) {
    people = List.copyOf(staff);
    int port = TestSocketUtils.findAvailableTcpPort();
    String client = "spring.security.oauth2.authorizationserver.client.avrr.";
    Map<String, Object> properties =
        Map.ofEntries(
            // Not the application's application.yaml: this is another system.
            Map.entry("spring.config.name", "office-identity-provider"),
            Map.entry("server.address", "127.0.0.1"),
            Map.entry("server.port", port),
            Map.entry("server.servlet.session.cookie.name", "PROVIDER_SESSION"),
            Map.entry("spring.security.oauth2.authorizationserver.issuer", issuer(port)),
            Map.entry(client + "registration.client-id", CLIENT_ID),
            Map.entry(client + "registration.client-secret", "{noop}" + CLIENT_SECRET),
            Map.entry(client + "registration.client-authentication-methods", "client_secret_basic"),
            Map.entry(
                client + "registration.authorization-grant-types",
                "authorization_code,refresh_token"),
            Map.entry(
                client + "registration.redirect-uris",
                applicationBaseUrl + "/login/oauth2/code/office"),
            Map.entry(client + "registration.scopes", "openid,profile,email"),
            Map.entry(client + "require-authorization-consent", false));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Provider.class).properties(properties).run();
    return new OfficeIdentityProvider(context, port);
  }

  public String issuer() {
    return issuer(port);
  }

  private static String issuer(int port) {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    provider.close();
  }

  /** Only what an OIDC provider needs: none of the application's auto-configuration. */
  @SpringBootConfiguration
  @ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class,
    OAuth2AuthorizationServerAutoConfiguration.class,
    OAuth2AuthorizationServerJwtAutoConfiguration.class
  })
  static class Provider {

    @Bean
    InMemoryUserDetailsManager staff() {
      List<UserDetails> users = new ArrayList<>();
      for (Person person : people) {
        users.add(
            User.withUsername(person.username())
                .password("{noop}" + person.password())
                .roles("STAFF")
                .build());
      }
      return new InMemoryUserDetailsManager(users);
    }

    /** The person's names, mail and directory groups in the ID token, as providers put them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> directoryClaims() {
      return context -> {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          return;
        }
        String username = context.getPrincipal().getName();
        people.stream()
            .filter(person -> person.username().equals(username))
            .findFirst()
            .ifPresent(
                person ->
                    context
                        .getClaims()
                        .claim("preferred_username", person.username())
                        .claim("given_name", person.givenName())
                        .claim("family_name", person.familyName())
                        .claim("email", person.email())
                        .claim("groups", person.groups()));
      };
    }
  }
}
