package org.avrr.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

/**
 * Who calls one of our own endpoints ({@code /api/...}): a Camunda user by HTTP Basic credentials
 * (a partner system, a script), or the user logged in to Tasklist or Cockpit in this browser
 * session. A change through the session must carry the session's CSRF token in {@code
 * X-XSRF-TOKEN}, as the webapps' own API requires: a page of another site cannot send it.
 */
public record CallingUser(String id, List<String> groups) {

  /** The webapps' CSRF token in the session, and the header that must repeat it. */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  public boolean memberOfAny(List<String> of) {
    return groups.stream().anyMatch(of::contains);
  }

  /**
   * The caller of {@code request}, if it is a user; {@code change}: the request changes something,
   * so a session's must carry its CSRF token.
   */
  public static Optional<CallingUser> of(
      HttpServletRequest request, IdentityService identity, String engineName, boolean change) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      if (!CamundaCredentials.ofAnyUser(identity, authorization)) {
        return Optional.empty();
      }
      String user = CamundaCredentials.userNamedBy(authorization);
      List<String> groups =
          identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      return Optional.of(new CallingUser(user, groups));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentication login =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(engineName);
    if (!(login instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    if (change
        && !sameToken(
            session.getAttribute(CSRF_SESSION_ATTRIBUTE), request.getHeader(CSRF_HEADER))) {
      return Optional.empty();
    }
    return Optional.of(
        new CallingUser(
            user.getName(),
            user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
  }

  private static boolean sameToken(Object expected, String given) {
    return expected instanceof String token
        && given != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
