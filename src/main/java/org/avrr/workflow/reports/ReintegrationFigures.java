package org.avrr.workflow.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reintegration: plans approved and the grants they commit and paid, per programme and currency
 * (amounts of different currencies are never added) and per component type, instalments, the
 * survey's dimensions at baseline and at the latest survey, psychosocial referrals, and how
 * reintegration closed.
 */
@Component
class ReintegrationFigures {

  /** Grants of the plans approved in the period, of one programme in one currency. */
  record Grants(
      String programme,
      String programmeName,
      String currency,
      long plans,
      BigDecimal committed,
      BigDecimal paid) {}

  /**
   * What the plans approved in the period commit and what has been paid of it, per component type
   * of the feasibility grid and programme, in one currency.
   */
  record ComponentGrants(
      String componentType,
      String component,
      String programme,
      String programmeName,
      String currency,
      long plans,
      BigDecimal committed,
      BigDecimal paid) {}

  /** One survey dimension over the cases closed in the period that have both surveys. */
  record Survey(
      String dimension, String name, long cases, Double baselineAverage, Double latestAverage) {}

  /** Cases whose reintegration closed for one reason (its code, and its words). */
  record Closures(String reason, String name, long cases) {}

  record Reintegration(
      ReportFilter period,
      long plansApproved,
      List<Grants> grants,
      List<ComponentGrants> grantsByComponent,
      long casesWithFirstInstalment,
      long instalmentsOverdueNow,
      List<Survey> survey,
      long psychosocialReferrals,
      List<Closures> closuresByReason,
      long lostToFollowUp) {}

  private final JdbcTemplate jdbc;

  ReintegrationFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The reintegration figures over {@code filter}, their names in {@code language}. */
  Reintegration of(ReportFilter filter, Instant now, String language) {
    List<Grants> grants =
        jdbc.query(
            "SELECT COALESCE(programme, '"
                + ReportWords.NOT_RECORDED
                + "'), COALESCE(grant_currency, '-'),"
                + " COUNT(*), COALESCE(SUM(grant_committed), 0), COALESCE(SUM(grant_paid), 0)"
                + " FROM avrr_case_statistics"
                + inPeriod("plan_approved_on", filter)
                + " GROUP BY programme, grant_currency ORDER BY 1, 2",
            (row, i) ->
                new Grants(
                    row.getString(1),
                    ReportWords.programme(row.getString(1), language),
                    row.getString(2),
                    row.getLong(3),
                    row.getBigDecimal(4),
                    row.getBigDecimal(5)),
            arguments(filter));
    long plans = grants.stream().mapToLong(Grants::plans).sum();
    List<ComponentGrants> byComponent =
        jdbc.query(
            "SELECT g.component_type, COALESCE(programme, '"
                + ReportWords.NOT_RECORDED
                + "'), g.currency, COUNT(*),"
                + " SUM(g.committed), SUM(g.paid)"
                + " FROM avrr_grant_component g JOIN avrr_case_statistics s"
                + " ON s.case_instance_id = g.case_instance_id"
                + inPeriod("plan_approved_on", filter)
                + " GROUP BY g.component_type, programme, g.currency",
            (row, i) ->
                new ComponentGrants(
                    row.getString(1),
                    ReportWords.component(row.getString(1), language),
                    row.getString(2),
                    ReportWords.programme(row.getString(2), language),
                    row.getString(3),
                    row.getLong(4),
                    row.getBigDecimal(5),
                    row.getBigDecimal(6)),
            arguments(filter));
    long firstInstalments = count("first_instalment_on", filter, "");
    long referrals = count("plan_approved_on", filter, " AND psychosocial_referral = TRUE");
    // In the order of the grid's names, as the page shows them.
    byComponent =
        byComponent.stream()
            .sorted(
                java.util.Comparator.comparing(ComponentGrants::component)
                    .thenComparing(ComponentGrants::programme)
                    .thenComparing(ComponentGrants::currency))
            .toList();
    // The three dimensions in one pass: each over the cases that have both surveys of it.
    StringBuilder columns = new StringBuilder();
    for (String dimension : DIMENSIONS) {
      String both =
          "rss_" + dimension + "_baseline IS NOT NULL AND rss_" + dimension + "_latest IS NOT NULL";
      columns
          .append(columns.isEmpty() ? "" : ", ")
          .append("SUM(CASE WHEN " + both + " THEN 1 ELSE 0 END), ")
          .append("AVG(CASE WHEN " + both + " THEN rss_" + dimension + "_baseline END), ")
          .append("AVG(CASE WHEN " + both + " THEN rss_" + dimension + "_latest END)");
    }
    List<Survey> survey =
        jdbc.queryForObject(
            "SELECT " + columns + " FROM avrr_case_statistics" + inPeriod("closed_on", filter),
            (row, i) -> {
              List<Survey> dimensions = new ArrayList<>();
              for (int d = 0; d < DIMENSIONS.size(); d++) {
                dimensions.add(
                    new Survey(
                        DIMENSIONS.get(d),
                        ReportWords.dimension(DIMENSIONS.get(d), language),
                        row.getLong(3 * d + 1),
                        average(row, 3 * d + 2),
                        average(row, 3 * d + 3)));
              }
              return dimensions;
            },
            arguments(filter));
    List<Closures> closures =
        jdbc.query(
            "SELECT closure_reason, COUNT(*) FROM avrr_case_statistics"
                + inPeriod("closed_on", filter)
                + " AND closure_reason IS NOT NULL GROUP BY closure_reason ORDER BY 1",
            (row, i) ->
                new Closures(
                    row.getString(1),
                    ReportWords.closureReason(row.getString(1), language),
                    row.getLong(2)),
            arguments(filter));
    long lost =
        closures.stream()
            .filter(closure -> "LOST_TO_FOLLOW_UP".equals(closure.reason()))
            .mapToLong(Closures::cases)
            .sum();
    Long overdue =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_PayInstalment'"
                + " AND DUE_DATE_ < ?",
            Long.class,
            Timestamp.from(now));
    return new Reintegration(
        filter,
        plans,
        grants,
        byComponent,
        firstInstalments,
        overdue == null ? 0 : overdue,
        survey,
        referrals,
        closures,
        lost);
  }

  /** The survey's dimensions, as its record's columns name them. */
  static final List<String> DIMENSIONS = List.of("economic", "social", "psychosocial");

  private static Double average(java.sql.ResultSet row, int column) throws java.sql.SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  private long count(String dateColumn, ReportFilter filter, String condition) {
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM avrr_case_statistics" + inPeriod(dateColumn, filter) + condition,
            Long.class,
            arguments(filter));
    return count == null ? 0 : count;
  }

  /** WHERE: the date column in the period and the filter's conditions (see arguments). */
  private static String inPeriod(String dateColumn, ReportFilter filter) {
    return " WHERE "
        + dateColumn
        + " >= ? AND "
        + dateColumn
        + " < ?"
        + filter.where(new ArrayList<>());
  }

  private static Object[] arguments(ReportFilter filter) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(Date.valueOf(filter.firstDay()));
    arguments.add(Date.valueOf(filter.endExclusive()));
    filter.where(arguments);
    return arguments.toArray();
  }
}
