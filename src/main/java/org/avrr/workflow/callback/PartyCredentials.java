package org.avrr.workflow.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The HTTP Basic credentials of the outside parties (avrr.callbacks.clients): the authorities
 * posting callbacks, and the missions abroad posting callbacks and referrals.
 */
@Component
public class PartyCredentials {

  private final CallbackProperties properties;

  public PartyCredentials(CallbackProperties properties) {
    this.properties = properties;
  }

  /** Whether the Authorization header carries this party's credentials. */
  public boolean authenticates(String party, String authorization) {
    CallbackProperties.Client client = properties.clients().get(party);
    return client != null && matches(client, authorization);
  }

  /** Compares in constant time, so the answer's timing reveals nothing about the password. */
  static boolean matches(CallbackProperties.Client client, String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    byte[] expected =
        Base64.getEncoder()
            .encode((client.username() + ":" + client.password()).getBytes(StandardCharsets.UTF_8));
    byte[] given = authorization.substring(6).strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }
}
