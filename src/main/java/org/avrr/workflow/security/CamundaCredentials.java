package org.avrr.workflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;

/**
 * HTTP Basic credentials of a Camunda user, for the few pages of ours outside the webapps (the
 * captured mail, the actuator's metrics): valid only for a user of one of the given groups.
 */
public final class CamundaCredentials {

  private CamundaCredentials() {}

  /** Whether {@code authorization} names a Camunda user, with their password, in {@code groups}. */
  public static boolean ofUserIn(
      IdentityService identity, String authorization, Set<String> groups) {
    String[] credentials = basic(authorization);
    if (credentials == null) {
      return false;
    }
    String user = credentials[0];
    return identity.checkPassword(user, credentials[1])
        && identity
                .createGroupQuery()
                .groupMember(user)
                .groupIdIn(groups.toArray(String[]::new))
                .count()
            > 0;
  }

  /** Whether {@code authorization} names a Camunda user with their password, in any group. */
  public static boolean ofAnyUser(IdentityService identity, String authorization) {
    String[] credentials = basic(authorization);
    return credentials != null && identity.checkPassword(credentials[0], credentials[1]);
  }

  /**
   * The user an HTTP Basic {@code authorization} header names (its password not checked), or null
   * if it is not one.
   */
  public static String userNamedBy(String authorization) {
    String[] credentials = basic(authorization);
    return credentials == null ? null : credentials[0];
  }

  /** User and password of an HTTP Basic header, or null if it is not one. */
  private static String[] basic(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? null
        : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
