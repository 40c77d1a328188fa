package org.avrr.workflow.accesslog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The access log: who read which case's personal data, when, and what (table {@code
 * avrr_case_read}). Written before the data leaves the application ({@link CaseReadRecorder}); read
 * by the office's data protection focal point ({@link AccessLogController}). Holds user ids, case
 * numbers and the request, never the data read; the erasure of a case keeps it (who read the case
 * before it was erased is the focal point's business).
 */
@Component
public class CaseReadLog {

  /** One read: {@code caseNumber} is null for a query that named no case. */
  public record Read(Instant readAt, String user, String caseNumber, String what, String request) {}

  static final int REQUEST_LENGTH = 1000;

  private final JdbcTemplate jdbc;

  CaseReadLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One row per case read (one row without a case when the read named none). */
  void record(String user, Collection<String> caseNumbers, String what, String request) {
    Timestamp now = Timestamp.from(Instant.now());
    String shortened =
        request.length() > REQUEST_LENGTH ? request.substring(0, REQUEST_LENGTH) : request;
    List<Object[]> rows = new ArrayList<>();
    if (caseNumbers.isEmpty()) {
      rows.add(new Object[] {now, user, null, what, shortened});
    }
    for (String caseNumber : caseNumbers) {
      rows.add(new Object[] {now, user, caseNumber, what, shortened});
    }
    jdbc.batchUpdate(
        "INSERT INTO avrr_case_read (read_at, user_id, case_number, what, request)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  /** The newest reads first, of one case and/or by one user (null: any), at most {@code limit}. */
  public List<Read> find(String caseNumber, String user, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT read_at, user_id, case_number, what, request FROM avrr_case_read WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (caseNumber != null) {
      sql.append(" AND case_number = ?");
      arguments.add(caseNumber);
    }
    if (user != null) {
      sql.append(" AND user_id = ?");
      arguments.add(user);
    }
    sql.append(" ORDER BY read_at DESC, id DESC LIMIT ?");
    arguments.add(limit);
    return jdbc.query(
        sql.toString(),
        (row, index) ->
            new Read(
                row.getTimestamp("read_at").toInstant(),
                row.getString("user_id"),
                row.getString("case_number"),
                row.getString("what"),
                row.getString("request")),
        arguments.toArray());
  }
}
