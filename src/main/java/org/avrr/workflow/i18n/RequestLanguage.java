package org.avrr.workflow.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.avrr.workflow.security.CamundaCredentials;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language to answer a request in: the caller's own choice ({@link UserLanguages}), else the
 * browser's first language when it is offered, else English. The same rule the webapps follow (our
 * Tasklist plugin applies the user's choice there), so a form and the screen around it speak the
 * same language.
 */
@Component
public class RequestLanguage {

  private final UserLanguages users;
  private final ProcessEngine engine;

  RequestLanguage(UserLanguages users, ProcessEngine engine) {
    this.users = users;
    this.engine = engine;
  }

  public String of(HttpServletRequest request) {
    return of(userOf(request), request);
  }

  /** The language of {@code user}, else of the request's browser, else English. */
  public String of(Optional<String> user, HttpServletRequest request) {
    return user.flatMap(users::chosenBy)
        .or(() -> Languages.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
        .orElse(Languages.ENGLISH);
  }

  /**
   * The language of the request this thread serves (Spring binds every request, the engine's REST
   * API's included); English where there is none, e.g. in a job.
   */
  public String current() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? of(request.getRequest())
        : Languages.ENGLISH;
  }

  /**
   * Who the request says it is: the user logged in to the webapps in this session, or the user
   * named by HTTP Basic credentials. Not a check: only the language of the answer depends on it,
   * and the endpoint itself authenticates.
   */
  private Optional<String> userOf(HttpServletRequest request) {
    // The session's user first: a browser may also hold Basic credentials for this site.
    HttpSession session = request.getSession(false);
    if (session != null
        && AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName())
            instanceof UserAuthentication user) {
      return Optional.of(user.getName());
    }
    return Optional.ofNullable(
        CamundaCredentials.userNamedBy(request.getHeader(HttpHeaders.AUTHORIZATION)));
  }
}
