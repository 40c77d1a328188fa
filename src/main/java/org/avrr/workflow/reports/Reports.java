package org.avrr.workflow.reports;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The office's figures, from the statistics records ({@link CaseStatistics}): returns per month and
 * by category, and the time each stage takes. One query reads the records a period touches; the
 * counting is done here, the same on H2 and PostgreSQL.
 */
@Component
class Reports {

  /** What a month or a category counts: each by its own date falling in the period. */
  record Counts(
      String key,
      long opened,
      long departed,
      long arrived,
      long closed,
      long withdrawn,
      long notEligible,
      long referredToUnhcr) {}

  /** Returns: per month, and by country, programme, sex, age band and vulnerability. */
  record Returns(
      ReportFilter period,
      Counts total,
      List<Counts> months,
      List<Counts> byCountry,
      List<Counts> byProgramme,
      List<Counts> bySex,
      List<Counts> byAgeBand,
      List<Counts> byVulnerability) {}

  /** One stage's duration in days over the cases that completed it in the period. */
  record Stage(
      String stage, String from, String to, long cases, Double medianDays, Double p90Days) {}

  /** A service level: how many of the cases that reached its end met it. */
  record ServiceLevel(String rule, long cases, long met, Double share) {}

  record StageTimes(ReportFilter period, List<Stage> stages, List<ServiceLevel> serviceLevels) {}

  /** The stages the reports time, from one milestone to the next that follows it. */
  static final List<String[]> STAGES =
      List.of(
          new String[] {"Application to first contact", "applied_on", "first_contact_on"},
          new String[] {"Application to declaration", "applied_on", "declaration_on"},
          new String[] {"Declaration to eligibility decided", "declaration_on", "eligibility_on"},
          new String[] {"Eligibility to exit clearance", "eligibility_on", "exit_clearance_on"},
          new String[] {"Eligibility to travel document", "eligibility_on", "travel_document_on"},
          new String[] {"Application to departure", "applied_on", "departed_on"},
          new String[] {"Departure to arrival", "departed_on", "arrived_on"},
          new String[] {"Arrival to plan approved", "arrived_on", "plan_approved_on"},
          new String[] {
            "Plan approved to first instalment", "plan_approved_on", "first_instalment_on"
          },
          new String[] {
            "Plan approved to last instalment", "plan_approved_on", "last_instalment_on"
          },
          new String[] {"Arrival to closure", "arrived_on", "closed_on"},
          new String[] {"Opened to closure", "opened_on", "closed_on"});

  private static final String COLUMNS =
      "case_number, country, programme, sex, age_band, unaccompanied_child, trafficking, medical,"
          + " outcome, opened_on, applied_on, first_contact_on, declaration_on, eligibility_on,"
          + " exit_clearance_on, travel_document_on, departed_on, arrived_on, plan_approved_on,"
          + " first_instalment_on, last_instalment_on, closed_on";

  private final JdbcTemplate jdbc;
  private final int firstContactDays;

  Reports(
      JdbcTemplate jdbc,
      @org.springframework.beans.factory.annotation.Value("${avrr.intake.first-contact-days:3}")
          int firstContactDays) {
    this.jdbc = jdbc;
    this.firstContactDays = firstContactDays;
  }

  Returns returns(ReportFilter filter) {
    List<Map<String, Object>> records = records(filter);
    Map<String, Tally> months = new TreeMap<>();
    for (YearMonth month = filter.from();
        !month.isAfter(filter.to());
        month = month.plusMonths(1)) {
      months.put(month.toString(), new Tally(month.toString()));
    }
    Tally total = new Tally("total");
    Map<String, Tally> byCountry = new TreeMap<>();
    Map<String, Tally> byProgramme = new TreeMap<>();
    Map<String, Tally> bySex = new TreeMap<>();
    Map<String, Tally> byAgeBand = new TreeMap<>();
    Map<String, Tally> byVulnerability = new LinkedHashMap<>();
    for (String group : List.of("unaccompanied child", "trafficking", "medical", "none")) {
      byVulnerability.put(group, new Tally(group));
    }
    for (Map<String, Object> record : records) {
      for (String event : List.of("opened", "departed", "arrived", "closed")) {
        LocalDate on = date(record, event + "_on");
        if (on == null || on.isBefore(filter.firstDay()) || !on.isBefore(filter.endExclusive())) {
          continue;
        }
        String outcome = (String) record.get("outcome");
        List<Tally> tallies = new ArrayList<>();
        tallies.add(total);
        tallies.add(months.get(YearMonth.from(on).toString()));
        tallies.add(tally(byCountry, known(record.get("country"))));
        tallies.add(tally(byProgramme, known(record.get("programme"))));
        tallies.add(tally(bySex, known(record.get("sex"))));
        tallies.add(tally(byAgeBand, known(record.get("age_band"))));
        boolean vulnerable = false;
        for (String[] flag :
            new String[][] {
              {"unaccompanied_child", "unaccompanied child"},
              {"trafficking", "trafficking"},
              {"medical", "medical"}
            }) {
          if (Boolean.TRUE.equals(record.get(flag[0]))) {
            tallies.add(byVulnerability.get(flag[1]));
            vulnerable = true;
          }
        }
        if (!vulnerable) {
          tallies.add(byVulnerability.get("none"));
        }
        tallies.forEach(t -> t.count(event, outcome));
      }
    }
    return new Returns(
        filter,
        total.counts(),
        counts(months.values()),
        counts(byCountry.values()),
        counts(byProgramme.values()),
        counts(bySex.values()),
        counts(byAgeBand.values()),
        counts(byVulnerability.values()));
  }

  StageTimes stageTimes(ReportFilter filter) {
    List<Map<String, Object>> records = records(filter);
    List<Stage> stages = new ArrayList<>();
    for (String[] stage : STAGES) {
      List<Long> days = new ArrayList<>();
      for (Map<String, Object> record : records) {
        Long length = daysWithin(filter, record, stage[1], stage[2]);
        if (length != null) {
          days.add(length);
        }
      }
      days.sort(Comparator.naturalOrder());
      stages.add(
          new Stage(
              stage[0],
              stage[1],
              stage[2],
              days.size(),
              percentile(days, 50),
              percentile(days, 90)));
    }
    List<ServiceLevel> levels = new ArrayList<>();
    levels.add(
        level(
            "First contact within " + firstContactDays + " days of the application",
            records,
            filter,
            "applied_on",
            "first_contact_on",
            (from) -> from.plusDays(firstContactDays)));
    levels.add(
        level(
            "Plan approved within a month of the arrival",
            records,
            filter,
            "arrived_on",
            "plan_approved_on",
            (from) -> from.plusMonths(1)));
    levels.add(
        level(
            "Arrival confirmed within 72 hours (3 days) of the departure",
            records,
            filter,
            "departed_on",
            "arrived_on",
            (from) -> from.plusDays(3)));
    return new StageTimes(filter, stages, levels);
  }

  /** The records a period touches: opened before its end, not closed before its start. */
  private List<Map<String, Object>> records(ReportFilter filter) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(Date.valueOf(filter.endExclusive()));
    arguments.add(Date.valueOf(filter.firstDay()));
    String where = filter.where(arguments);
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM avrr_case_statistics WHERE opened_on < ?"
            + " AND (closed_on IS NULL OR closed_on >= ?)"
            + where,
        (row, i) -> {
          Map<String, Object> record = new java.util.HashMap<>();
          for (String column : COLUMNS.split(",\\s*")) {
            Object value = row.getObject(column);
            record.put(column, value instanceof Date d ? d.toLocalDate() : value);
          }
          return record;
        },
        arguments.toArray());
  }

  private static ServiceLevel level(
      String rule,
      List<Map<String, Object>> records,
      ReportFilter filter,
      String fromColumn,
      String toColumn,
      Function<LocalDate, LocalDate> deadline) {
    long cases = 0;
    long met = 0;
    for (Map<String, Object> record : records) {
      if (daysWithin(filter, record, fromColumn, toColumn) != null) {
        cases++;
        if (!date(record, toColumn).isAfter(deadline.apply(date(record, fromColumn)))) {
          met++;
        }
      }
    }
    return new ServiceLevel(rule, cases, met, cases == 0 ? null : (double) met / cases);
  }

  /** Days from one milestone to another, for a case that reached the second in the period. */
  private static Long daysWithin(
      ReportFilter filter, Map<String, Object> record, String fromColumn, String toColumn) {
    LocalDate from = date(record, fromColumn);
    LocalDate to = date(record, toColumn);
    if (from == null
        || to == null
        || to.isBefore(filter.firstDay())
        || !to.isBefore(filter.endExclusive())
        || to.isBefore(from)) {
      return null;
    }
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Nearest-rank percentile of sorted values (null if none). */
  static Double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)).doubleValue();
  }

  private static LocalDate date(Map<String, Object> record, String column) {
    return (LocalDate) record.get(column);
  }

  private static String known(Object value) {
    return value == null ? "not recorded" : value.toString();
  }

  private static Tally tally(Map<String, Tally> tallies, String key) {
    return tallies.computeIfAbsent(key, Tally::new);
  }

  private static List<Counts> counts(Collection<Tally> tallies) {
    return tallies.stream().map(Tally::counts).toList();
  }

  /** Counts being made for one month or category. */
  private static final class Tally {
    private final String key;
    private long opened;
    private long departed;
    private long arrived;
    private long closed;
    private long withdrawn;
    private long notEligible;
    private long referredToUnhcr;

    Tally(String key) {
      this.key = key;
    }

    void count(String event, String outcome) {
      switch (event) {
        case "opened" -> opened++;
        case "departed" -> departed++;
        case "arrived" -> arrived++;
        default -> {
          closed++;
          if ("withdrawn".equals(outcome)) {
            withdrawn++;
          } else if ("not-eligible".equals(outcome)) {
            notEligible++;
          } else if ("referred-to-unhcr".equals(outcome)) {
            referredToUnhcr++;
          }
        }
      }
    }

    Counts counts() {
      return new Counts(
          key, opened, departed, arrived, closed, withdrawn, notEligible, referredToUnhcr);
    }
  }
}
