package org.avrr.workflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A new password that Camunda's password policy refuses (production) is answered 400 with what the
 * policy asks for, before the engine answers it with a 500 (ProductionProfileIT): creating a user
 * and changing a password, on the REST API and behind Admin.
 */
class PasswordPolicyGuard extends OncePerRequestFilter {

  private static final Pattern NEW_USER = Pattern.compile(".*/user/create");
  private static final Pattern NEW_PASSWORD = Pattern.compile(".*/user/([^/]+)/credentials");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;

  PasswordPolicyGuard(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    boolean writesPassword =
        ("POST".equals(request.getMethod()) && NEW_USER.matcher(path).matches())
            || ("PUT".equals(request.getMethod()) && NEW_PASSWORD.matcher(path).matches());
    return !writesPassword
        || !((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .isEnablePasswordPolicy();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(64 * 1024);
    String refusal = refusal(body);
    if (refusal != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              JSON.createObjectNode()
                  .put("type", "InvalidRequestException")
                  .put("message", refusal)
                  .toString());
      return;
    }
    chain.doFilter(new org.avrr.workflow.common.BodyReadAgain(request, body), response);
  }

  private String refusal(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException notJson) {
      return null; // the engine refuses it
    }
    if (root == null) {
      return null;
    }
    JsonNode profile = root.path("profile");
    String password =
        root.has("credentials")
            ? root.path("credentials").path("password").asText(null)
            : root.path("password").asText(null);
    if (password == null) {
      return null;
    }
    UserEntity user = new UserEntity(profile.path("id").asText(null));
    user.setFirstName(profile.path("firstName").asText(null));
    user.setLastName(profile.path("lastName").asText(null));
    user.setEmail(profile.path("email").asText(null));
    IdentityService identity = engine.getIdentityService();
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
    if (result.isValid()) {
      return null;
    }
    return "The password does not meet the password policy: at least 10 characters, with upper"
        + " and lower case letters, a digit and a special character, and not the user's id, names"
        + " or e-mail address.";
  }
}
