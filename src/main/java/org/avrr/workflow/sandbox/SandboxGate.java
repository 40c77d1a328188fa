package org.avrr.workflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What every sandbox authority checks before it reads a request — the office's HTTP Basic
 * credentials and an Idempotency-Key — and how it refuses one: with the problem body of its own
 * contract ({@code {code, message}}).
 */
final class SandboxGate {

  static final String INVALID_REQUEST = "INVALID_REQUEST";
  static final String UNAVAILABLE = "UNAVAILABLE";

  private final String expectedAuthorization;
  private final BiFunction<String, String, ?> problems;

  /**
   * @param username the user the office's adapter sends, from the authority's configuration
   * @param password its password
   * @param problems the authority's problem record, e.g. {@code Problem::new}
   */
  SandboxGate(String username, String password, BiFunction<String, String, ?> problems) {
    this.expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.problems = problems;
  }

  /** The refusal of a request that may not be read; null when it may. */
  ResponseEntity<?> refused(String authorization, String idempotencyKey) {
    if (!expectedAuthorization.equals(authorization)) {
      return problem(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Unknown or missing credentials");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return invalid("Idempotency-Key is required");
    }
    return null;
  }

  /** 400 INVALID_REQUEST: the body lacks what the contract requires. */
  ResponseEntity<?> invalid(String message) {
    return problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, message);
  }

  ResponseEntity<?> problem(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(problems.apply(code, message));
  }

  /**
   * Same request, same reference: {@code prefix} and ten hex digits derived from the idempotency
   * key, so the sandbox needs no memory to honour idempotency keys.
   */
  static String reference(String prefix, String idempotencyKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(hash, 0, 5).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
