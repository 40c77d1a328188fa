package org.avrr.workflow.authority.migration;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.avrr.workflow.authority.AuthorityEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how to reach the Ministry of Internal Affairs.
 *
 * @param baseUrl e.g. https://mia.example/avrr (the sandbox in the embedded default)
 * @param username HTTP Basic user issued to the office
 * @param password HTTP Basic password; from the environment in production
 * @param readTimeout well below the job lock time (5 min), so a hung call fails and is retried
 *     before another node could pick up the same job
 */
@Validated
@ConfigurationProperties("avrr.migration-authority")
public record MigrationAuthorityProperties(
    @NotNull URI baseUrl,
    @NotNull String username,
    @NotNull String password,
    @DefaultValue("2s") @NotNull Duration connectTimeout,
    @DefaultValue("10s") @NotNull Duration readTimeout)
    implements AuthorityEndpoint {

  @Override
  public String toString() {
    return "MigrationAuthorityProperties[baseUrl=" + baseUrl + ", username=" + username + "]";
  }
}
