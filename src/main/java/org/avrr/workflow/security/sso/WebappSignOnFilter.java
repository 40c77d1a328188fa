package org.avrr.workflow.security.sso;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a person the office's provider signed on (Spring Security's OAuth2 login, before this
 * filter) into the webapps as Camunda's own login would: the webapps' session then holds a Camunda
 * authentication with the person's groups, mapped from the provider's, so Tasklist, Cockpit and
 * Admin show what those groups may see, and Camunda's CSRF protection, session timeout and
 * authorizations apply as without single sign-on. Runs once per session (and again if the person
 * behind the session changes).
 */
class WebappSignOnFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WebappSignOnFilter.class);

  private final ProcessEngine engine;
  private final SignedOnUsers users;
  private final ProviderGroupMapping mapping;
  private final String groupClaim;

  WebappSignOnFilter(
      ProcessEngine engine, SignedOnUsers users, ProviderGroupMapping mapping, String groupClaim) {
    this.engine = engine;
    this.users = users;
    this.mapping = mapping;
    this.groupClaim = groupClaim;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof OAuth2AuthenticationToken signedOn)) {
      // Not one of the webapps' paths (Spring Security sent everyone else to the provider).
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession();
    Authentications webappLogins = AuthenticationUtil.getAuthsFromSession(session);
    Authentication current = webappLogins.getAuthenticationForProcessEngine(engine.getName());
    String userId = signedOn.getName();
    if (current == null || !userId.equals(current.getIdentityId())) {
      OAuth2User person = signedOn.getPrincipal();
      Set<String> groups = mapping.ourGroupsOf(person.getAttribute(groupClaim));
      try {
        users.keep(
            new SignedOnUsers.SignedOnUser(
                userId,
                person.getAttribute("given_name"),
                person.getAttribute("family_name"),
                person.getAttribute("email"),
                groups));
      } catch (SignedOnUsers.LocalUserConflict | ProcessEngineException refused) {
        LOG.warn("Single sign-on of '{}' refused: {}", userId, refused.getMessage());
        refuse(response, refused.getMessage());
        return;
      }
      UserAuthentication login =
          AuthenticationUtil.createAuthentication(engine, userId, List.copyOf(groups), List.of());
      webappLogins.addOrReplace(login);
      AuthenticationUtil.updateSession(session, webappLogins);
      LOG.info("'{}' signed on through the office's provider, groups {}", userId, groups);
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, String why) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.TEXT_PLAIN_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "Your sign-on cannot be used here: "
                + why
                + ". Ask the office's administrator (docs/operations.md, Single sign-on).");
  }
}
