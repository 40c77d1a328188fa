package org.avrr.workflow.authority;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to reach one authority over HTTP: what {@link AuthorityHttp} needs of each
 * authority's typed configuration.
 */
public interface AuthorityEndpoint {

  URI baseUrl();

  String username();

  String password();

  Duration connectTimeout();

  Duration readTimeout();
}
