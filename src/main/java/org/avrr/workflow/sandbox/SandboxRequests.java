package org.avrr.workflow.sandbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.avrr.workflow.sandbox.SandboxFaults.Touchpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every request a sandbox authority accepted, counted per idempotency key in the database ({@code
 * avrr_sandbox_request}), so it survives a restart and two nodes count together. An authority keeps
 * one effect per key; a key accepted more than once is a request the office sent again (after a
 * timeout, a retry, a crash), which the contract makes harmless and the fault suite counts. Sandbox
 * only: the real authorities keep their own books.
 */
@Component
@ConditionalOnProperty(name = "avrr.sandbox.enabled", havingValue = "true")
public class SandboxRequests {

  /** One idempotency key as the sandbox saw it. */
  public record Accepted(
      String touchpoint,
      String idempotencyKey,
      int accepted,
      Instant firstAcceptedAt,
      Instant lastAcceptedAt) {}

  private final JdbcTemplate jdbc;

  SandboxRequests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void accepted(Touchpoint touchpoint, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    String key = idempotencyKey.length() > 128 ? idempotencyKey.substring(0, 128) : idempotencyKey;
    for (int attempt = 0; attempt < 3; attempt++) {
      int counted =
          jdbc.update(
              "UPDATE avrr_sandbox_request SET accepted = accepted + 1, last_accepted_at = ?"
                  + " WHERE touchpoint = ? AND idempotency_key = ?",
              now,
              touchpoint.id(),
              key);
      if (counted > 0) {
        return;
      }
      try {
        jdbc.update(
            "INSERT INTO avrr_sandbox_request"
                + " (touchpoint, idempotency_key, accepted, first_accepted_at, last_accepted_at)"
                + " VALUES (?, ?, 1, ?, ?)",
            touchpoint.id(),
            key,
            now,
            now);
        return;
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // counted by the update of the next attempt
      }
    }
  }

  /** The keys accepted whose idempotency key starts with {@code prefix} (a case number). */
  public List<Accepted> list(String prefix) {
    return jdbc.query(
        "SELECT touchpoint, idempotency_key, accepted, first_accepted_at, last_accepted_at"
            + " FROM avrr_sandbox_request WHERE idempotency_key LIKE ? ORDER BY first_accepted_at",
        (row, i) ->
            new Accepted(
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getTimestamp(4).toInstant(),
                row.getTimestamp(5).toInstant()),
        escapeLike(prefix) + "%");
  }

  private static String escapeLike(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
