package org.avrr.workflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.avrr.workflow.common.OfficeCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The authorities' figures from the exchange audit ({@code avrr_touchpoint_exchange}, ADR 0004):
 * requests per authority, touchpoint and month, their answers by outcome and the time to answer,
 * and the outages (attempts that got no usable answer: timeout, refused connection, 5xx). The audit
 * names the case only by its number, so a filter by flow, country, programme or mission goes
 * through the case's statistics record.
 */
@Component
class AuthorityFigures {

  /** One touchpoint of one authority in one month (the office's). */
  record Requests(
      String month,
      String authority,
      String touchpoint,
      long requests,
      long answered,
      long refused,
      long failed,
      Double medianMs,
      Double p90Ms) {}

  /** Attempts without a usable answer, per authority and month, and the cases they held up. */
  record Outages(
      String month,
      String authority,
      long failedAttempts,
      long casesAffected,
      Instant firstFailure,
      Instant lastFailure) {}

  record Authorities(ReportFilter period, List<Requests> requests, List<Outages> outages) {}

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  AuthorityFigures(JdbcTemplate jdbc, OfficeCalendar calendar) {
    this.jdbc = jdbc;
    this.zone = calendar.zone();
  }

  Authorities of(ReportFilter filter) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(Timestamp.from(filter.firstDay().atStartOfDay(zone).toInstant()));
    arguments.add(Timestamp.from(filter.endExclusive().atStartOfDay(zone).toInstant()));
    String categories = filter.where(arguments);
    String sql =
        "SELECT e.occurred_at, e.authority, e.operation, e.outcome, e.duration_ms, e.case_number"
            + " FROM avrr_touchpoint_exchange e WHERE e.occurred_at >= ? AND e.occurred_at < ?"
            + (categories.isEmpty()
                ? ""
                : " AND EXISTS (SELECT 1 FROM avrr_case_statistics"
                    + " WHERE avrr_case_statistics.case_number = e.case_number"
                    + categories
                    + ")");
    Map<String, Tally> touchpoints = new TreeMap<>();
    Map<String, Outage> outages = new TreeMap<>();
    jdbc.query(
        sql,
        row -> {
          Instant at = row.getTimestamp(1).toInstant();
          String month = YearMonth.from(at.atZone(zone)).toString();
          String authority = row.getString(2);
          String touchpoint = row.getString(3);
          String outcome = row.getString(4);
          Tally tally =
              touchpoints.computeIfAbsent(
                  month + "|" + authority + "|" + touchpoint,
                  key -> new Tally(month, authority, touchpoint));
          tally.requests++;
          switch (outcome) {
            case "ANSWERED" -> tally.answered++;
            case "REFUSED" -> tally.refused++;
            default -> tally.failed++;
          }
          if ("FAILED".equals(outcome)) {
            Outage outage =
                outages.computeIfAbsent(
                    month + "|" + authority, key -> new Outage(month, authority));
            outage.attempts++;
            outage.cases.add(row.getString(6));
            outage.first = outage.first == null || at.isBefore(outage.first) ? at : outage.first;
            outage.last = outage.last == null || at.isAfter(outage.last) ? at : outage.last;
          } else {
            tally.durations.add(row.getLong(5));
          }
        },
        arguments.toArray());
    List<Requests> requests = new ArrayList<>();
    for (Tally tally : touchpoints.values()) {
      tally.durations.sort(null);
      requests.add(
          new Requests(
              tally.month,
              tally.authority,
              tally.touchpoint,
              tally.requests,
              tally.answered,
              tally.refused,
              tally.failed,
              Reports.percentile(tally.durations, 50),
              Reports.percentile(tally.durations, 90)));
    }
    return new Authorities(
        filter,
        requests,
        outages.values().stream()
            .map(
                o -> new Outages(o.month, o.authority, o.attempts, o.cases.size(), o.first, o.last))
            .toList());
  }

  private static final class Tally {
    final String month;
    final String authority;
    final String touchpoint;
    final List<Long> durations = new ArrayList<>();
    long requests;
    long answered;
    long refused;
    long failed;

    Tally(String month, String authority, String touchpoint) {
      this.month = month;
      this.authority = authority;
      this.touchpoint = touchpoint;
    }
  }

  private static final class Outage {
    final String month;
    final String authority;
    final Set<String> cases = new HashSet<>();
    long attempts;
    Instant first;
    Instant last;

    Outage(String month, String authority) {
      this.month = month;
      this.authority = authority;
    }
  }
}
