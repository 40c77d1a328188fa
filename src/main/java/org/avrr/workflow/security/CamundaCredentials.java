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
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1))
        && identity
                .createGroupQuery()
                .groupMember(user)
                .groupIdIn(groups.toArray(String[]::new))
                .count()
            > 0;
  }
}
