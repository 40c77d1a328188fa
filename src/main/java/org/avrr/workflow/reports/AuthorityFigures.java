package org.avrr.workflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
      String authorityName,
      String touchpoint,
      String touchpointName,
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
      String authorityName,
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

  /** The exchanges over {@code filter}'s months, the authorities named in {@code language}. */
  Authorities of(ReportFilter filter, String language) {
    YearMonth first = filter.from();
    int months = (int) (first.until(filter.to(), ChronoUnit.MONTHS) + 1);
    // The months' first instants in the office's zone: a row's month is found among them. (The
    // database grouping by month in a zone was slower at ten years, 300,000 exchanges: a sort of
    // them all; measured in the benchmark's reports scenario.)
    long[] monthStarts = new long[months + 1];
    for (int m = 0; m <= months; m++) {
      monthStarts[m] = startOf(first.plusMonths(m)).getTime();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(startOf(first));
    arguments.add(startOf(filter.to().plusMonths(1)));
    String categories = filter.where(arguments);
    String sql =
        "SELECT e.occurred_at, e.authority, e.operation, e.outcome, e.duration_ms,"
            + " CASE WHEN e.outcome = 'FAILED' THEN e.case_number END"
            + " FROM avrr_touchpoint_exchange e WHERE e.occurred_at >= ? AND e.occurred_at < ?"
            + (categories.isEmpty()
                ? ""
                : " AND EXISTS (SELECT 1 FROM avrr_case_statistics"
                    + " WHERE avrr_case_statistics.case_number = e.case_number"
                    + categories
                    + ")");
    List<Map<String, Tally>> touchpoints = new ArrayList<>();
    List<Map<String, Outage>> outages = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      touchpoints.add(new HashMap<>());
      outages.add(new HashMap<>());
    }
    jdbc.query(
        sql,
        row -> {
          Timestamp at = row.getTimestamp(1);
          int found = Arrays.binarySearch(monthStarts, at.getTime());
          int m = found >= 0 ? found : -found - 2;
          if (m < 0 || m >= months) {
            return;
          }
          String authority = row.getString(2);
          String touchpoint = row.getString(3);
          String outcome = row.getString(4);
          Tally tally =
              touchpoints
                  .get(m)
                  .computeIfAbsent(
                      authority + "|" + touchpoint,
                      key -> new Tally(first.plusMonths(m).toString(), authority, touchpoint));
          tally.requests++;
          switch (outcome) {
            case "ANSWERED" -> tally.answered++;
            case "REFUSED" -> tally.refused++;
            default -> tally.failed++;
          }
          if ("FAILED".equals(outcome)) {
            outages
                .get(m)
                .computeIfAbsent(
                    authority, key -> new Outage(first.plusMonths(m).toString(), authority))
                .failed(at.toInstant(), row.getString(6));
          } else {
            tally.answerTime(row.getLong(5));
          }
        },
        arguments.toArray());
    List<Requests> requests = new ArrayList<>();
    List<Outages> outagesFound = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      for (Tally tally : new TreeMap<>(touchpoints.get(m)).values()) {
        requests.add(tally.requests(language));
      }
      for (Outage outage : new TreeMap<>(outages.get(m)).values()) {
        outagesFound.add(outage.outages(language));
      }
    }
    return new Authorities(filter, requests, outagesFound);
  }

  private Timestamp startOf(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
  }

  /** One touchpoint's requests in one month, being counted. */
  private static final class Tally {
    final String month;
    final String authority;
    final String touchpoint;

    /** The times to an answer (answered or refused), the first {@code answers} of them. */
    long[] answerTimes = new long[16];

    int answers;
    long requests;
    long answered;
    long refused;
    long failed;

    Tally(String month, String authority, String touchpoint) {
      this.month = month;
      this.authority = authority;
      this.touchpoint = touchpoint;
    }

    void answerTime(long ms) {
      if (answers == answerTimes.length) {
        answerTimes = Arrays.copyOf(answerTimes, answers * 2);
      }
      answerTimes[answers++] = ms;
    }

    Requests requests(String language) {
      Arrays.sort(answerTimes, 0, answers);
      return new Requests(
          month,
          authority,
          ReportWords.authority(authority, language),
          touchpoint,
          ReportWords.touchpoint(touchpoint, language),
          requests,
          answered,
          refused,
          failed,
          Reports.percentile(answerTimes, answers, 50),
          Reports.percentile(answerTimes, answers, 90));
    }
  }

  /** One authority's failed attempts in one month, being counted. */
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

    void failed(Instant at, String caseNumber) {
      attempts++;
      cases.add(caseNumber);
      first = first == null || at.isBefore(first) ? at : first;
      last = last == null || at.isAfter(last) ? at : last;
    }

    Outages outages(String language) {
      return new Outages(
          month,
          authority,
          ReportWords.authority(authority, language),
          attempts,
          cases.size(),
          first,
          last);
    }
  }
}
