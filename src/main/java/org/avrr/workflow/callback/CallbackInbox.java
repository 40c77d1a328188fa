package org.avrr.workflow.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every callback we accepted, kept before it is applied (table avrr_callback_inbox). A callback is
 * stored first and correlated second, so an answer that arrives before the case waits for it, or
 * while the engine is busy, is never lost: {@link CallbackRedelivery} applies it later. The row
 * holds the case number and the answer's own fields, never personal data.
 */
@Repository
public class CallbackInbox {

  /** A stored callback; {@code deliveredAt} is null until a waiting case received it. */
  public record Entry(
      long id,
      String party,
      String kind,
      String requestKey,
      String caseNumber,
      String payload,
      Instant receivedAt,
      Instant deliveredAt) {}

  private final JdbcTemplate jdbc;

  public CallbackInbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a callback unless one for the same request is already there.
   *
   * @return empty when stored; the earlier callback when this one repeats a request
   */
  public Optional<Entry> storeIfFirst(
      String party, String kind, String requestKey, String caseNumber, String payload) {
    try {
      jdbc.update(
          "INSERT INTO avrr_callback_inbox"
              + " (party, kind, request_key, case_number, payload, received_at, attempts)"
              + " VALUES (?, ?, ?, ?, ?, ?, 0)",
          party,
          kind,
          requestKey,
          caseNumber,
          payload,
          Timestamp.from(Instant.now()));
      return Optional.empty();
    } catch (DuplicateKeyException e) {
      return find(party, kind, requestKey);
    }
  }

  public Optional<Entry> find(String party, String kind, String requestKey) {
    return jdbc
        .query(
            "SELECT * FROM avrr_callback_inbox WHERE party = ? AND kind = ? AND request_key = ?",
            CallbackInbox::entry,
            party,
            kind,
            requestKey)
        .stream()
        .findFirst();
  }

  /** Undelivered callbacks received after {@code since}, oldest first. */
  public List<Entry> undelivered(Instant since, int limit) {
    return jdbc.query(
        "SELECT * FROM avrr_callback_inbox WHERE delivered_at IS NULL AND received_at > ?"
            + " ORDER BY received_at, id FETCH FIRST ? ROWS ONLY",
        CallbackInbox::entry,
        Timestamp.from(since),
        limit);
  }

  /**
   * Marks a callback delivered. Called in the transaction that correlated it.
   *
   * @return false when another node delivered it first (the caller rolls back)
   */
  public boolean markDelivered(long id) {
    return jdbc.update(
            "UPDATE avrr_callback_inbox SET delivered_at = ?, attempts = attempts + 1"
                + " WHERE id = ? AND delivered_at IS NULL",
            Timestamp.from(Instant.now()),
            id)
        == 1;
  }

  /** Forgets every answer stored for a case, as its personal data is erased. */
  public int forgetCase(String caseNumber) {
    return jdbc.update("DELETE FROM avrr_callback_inbox WHERE case_number = ?", caseNumber);
  }

  /** Counts an attempt that found no case waiting, or failed. */
  public void noteAttempt(long id, String outcome) {
    jdbc.update(
        "UPDATE avrr_callback_inbox SET attempts = attempts + 1, last_outcome = ? WHERE id = ?",
        outcome.length() > 500 ? outcome.substring(0, 500) : outcome,
        id);
  }

  private static Entry entry(ResultSet row, int n) throws SQLException {
    Timestamp delivered = row.getTimestamp("delivered_at");
    return new Entry(
        row.getLong("id"),
        row.getString("party"),
        row.getString("kind"),
        row.getString("request_key"),
        row.getString("case_number"),
        row.getString("payload"),
        row.getTimestamp("received_at").toInstant(),
        delivered == null ? null : delivered.toInstant());
  }
}
