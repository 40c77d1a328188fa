package org.avrr.workflow.reports;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The office's figures, from the statistics records ({@link CaseStatistics}): returns per month and
 * by category, and the time each stage takes. One query reads the records a period touches; the
 * counting is done here, the same on H2 and PostgreSQL.
 */
@Component
class Reports {

  /**
   * What a month or a category counts: each by its own date falling in the period. {@code key} is
   * the month or the category's code, {@code name} its words in the reader's language.
   */
  record Counts(
      String key,
      String name,
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

  /**
   * One stage's duration in days over the cases that completed it in the period; {@code stage} is
   * its name in the reader's language, {@code from} and {@code to} the milestones that are its key.
   */
  record Stage(
      String stage, String from, String to, long cases, Double medianDays, Double p90Days) {}

  /**
   * A service level: how many of the cases that reached its end met it. {@code key} names it
   * ({@code firstContact}, {@code planApproved}, {@code arrivalConfirmed}), {@code rule} says it in
   * the reader's language.
   */
  record ServiceLevel(String key, String rule, long cases, long met, Double share) {}

  record StageTimes(ReportFilter period, List<Stage> stages, List<ServiceLevel> serviceLevels) {}

  /**
   * The stages the reports time, from one milestone to the next that follows it (each named in
   * i18n/messages: report.stage.&lt;from&gt;.&lt;to&gt;).
   */
  static final List<String[]> STAGES =
      List.of(
          new String[] {"applied_on", "first_contact_on"},
          new String[] {"applied_on", "declaration_on"},
          new String[] {"declaration_on", "eligibility_on"},
          new String[] {"eligibility_on", "exit_clearance_on"},
          new String[] {"eligibility_on", "travel_document_on"},
          new String[] {"applied_on", "departed_on"},
          new String[] {"departed_on", "arrived_on"},
          new String[] {"arrived_on", "plan_approved_on"},
          new String[] {"plan_approved_on", "first_instalment_on"},
          new String[] {"plan_approved_on", "last_instalment_on"},
          new String[] {"arrived_on", "closed_on"},
          new String[] {"opened_on", "closed_on"});

  /** The categories read, then the dates (DATES) as day numbers. */
  private static final String CATEGORIES =
      "case_number, country, programme, sex, age_band, unaccompanied_child, trafficking, medical,"
          + " outcome";

  private final JdbcTemplate jdbc;
  private final int firstContactDays;

  Reports(
      JdbcTemplate jdbc,
      @org.springframework.beans.factory.annotation.Value("${avrr.intake.first-contact-days:3}")
          int firstContactDays) {
    this.jdbc = jdbc;
    this.firstContactDays = firstContactDays;
  }

  /** Returns over {@code filter}'s months, the categories named in {@code language}. */
  Returns returns(ReportFilter filter, String language) {
    List<Row> records = records(filter);
    List<Tally> months = new ArrayList<>();
    for (YearMonth month = filter.from();
        !month.isAfter(filter.to());
        month = month.plusMonths(1)) {
      months.add(new Tally(month.toString()));
    }
    Tally total = new Tally("total");
    Map<String, Tally> byCountry = new HashMap<>();
    Map<String, Tally> byProgramme = new HashMap<>();
    Map<String, Tally> bySex = new HashMap<>();
    Map<String, Tally> byAgeBand = new HashMap<>();
    Tally unaccompanied = new Tally("unaccompanied child");
    Tally trafficking = new Tally("trafficking");
    Tally medical = new Tally("medical");
    Tally notVulnerable = new Tally("none");
    long first = filter.firstDay().toEpochDay();
    long end = filter.endExclusive().toEpochDay();
    int[] events = {column("opened_on"), column("departed_on"), column("arrived_on")};
    int closed = column("closed_on");
    List<Tally> tallies = new ArrayList<>();
    for (Row record : records) {
      // The record's own tallies, the same for each of its events.
      tallies.clear();
      tallies.add(total);
      tallies.add(tally(byCountry, record.country()));
      tallies.add(tally(byProgramme, record.programme()));
      tallies.add(tally(bySex, record.sex()));
      tallies.add(tally(byAgeBand, record.ageBand()));
      if (record.unaccompaniedChild()) {
        tallies.add(unaccompanied);
      }
      if (record.trafficking()) {
        tallies.add(trafficking);
      }
      if (record.medical()) {
        tallies.add(medical);
      }
      if (!record.unaccompaniedChild() && !record.trafficking() && !record.medical()) {
        tallies.add(notVulnerable);
      }
      for (int event = 0; event <= events.length; event++) {
        int on = record.day(event < events.length ? events[event] : closed);
        if (on == NONE || on < first || on >= end) {
          continue;
        }
        tallies.add(months.get(monthIndex(filter, on)));
        for (Tally tally : tallies) {
          if (event < events.length) {
            tally.count(event);
          } else {
            tally.closed(record.outcome());
          }
        }
        tallies.remove(tallies.size() - 1);
      }
    }
    return new Returns(
        filter,
        total.counts(ReportWords.text("total", language)),
        counts("months", months, language),
        counts("byCountry", sorted(byCountry), language),
        counts("byProgramme", sorted(byProgramme), language),
        counts("bySex", sorted(bySex), language),
        counts("byAgeBand", sorted(byAgeBand), language),
        counts(
            "byVulnerability",
            List.of(unaccompanied, trafficking, medical, notVulnerable),
            language));
  }

  /** Which month of the period a day falls in (0 for the first). */
  private static int monthIndex(ReportFilter filter, int day) {
    LocalDate on = LocalDate.ofEpochDay(day);
    return (on.getYear() - filter.from().getYear()) * 12
        + on.getMonthValue()
        - filter.from().getMonthValue();
  }

  /** The time per stage and the service levels over {@code filter}, named in {@code language}. */
  StageTimes stageTimes(ReportFilter filter, String language) {
    List<Row> records = records(filter);
    Period period = Period.of(filter);
    List<Stage> stages = new ArrayList<>();
    long[] days = new long[records.size()];
    for (String[] stage : STAGES) {
      int from = column(stage[0]);
      int to = column(stage[1]);
      int cases = 0;
      for (Row record : records) {
        int length = daysWithin(period, record, from, to);
        if (length != NONE) {
          days[cases++] = length;
        }
      }
      Arrays.sort(days, 0, cases);
      stages.add(
          new Stage(
              ReportWords.stage(stage[0], stage[1], language),
              stage[0],
              stage[1],
              cases,
              percentile(days, cases, 50),
              percentile(days, cases, 90)));
    }
    List<ServiceLevel> levels = new ArrayList<>();
    levels.add(
        level(
            "firstContact",
            language,
            records,
            period,
            "applied_on",
            "first_contact_on",
            (from) -> from.plusDays(firstContactDays)));
    levels.add(
        level(
            "planApproved",
            language,
            records,
            period,
            "arrived_on",
            "plan_approved_on",
            (from) -> from.plusMonths(1)));
    levels.add(
        level(
            "arrivalConfirmed",
            language,
            records,
            period,
            "departed_on",
            "arrived_on",
            (from) -> from.plusDays(3)));
    return new StageTimes(filter, stages, levels);
  }

  /** The records a period touches: opened before its end, not closed before its start. */
  private List<Row> records(ReportFilter filter) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(Date.valueOf(filter.endExclusive()));
    arguments.add(Date.valueOf(filter.firstDay()));
    String where = filter.where(arguments);
    // By position, into a compact row with the dates as day numbers the database computes: a
    // ten-year report reads every record (100,000 and more), and a map per row with its dates as
    // objects was most of its time (profiled in the benchmark's reports scenario,
    // docs/performance.md).
    return jdbc.query(
        "SELECT "
            + CATEGORIES
            + ", "
            + dayNumbers()
            + " FROM avrr_case_statistics WHERE opened_on < ?"
            + " AND (closed_on IS NULL OR closed_on >= ?)"
            + where,
        (result, i) -> {
          int[] days = new int[DATES.size()];
          for (int d = 0; d < days.length; d++) {
            int day = result.getInt(FIRST_DATE + d);
            days[d] = result.wasNull() ? NONE : day;
          }
          return new Row(
              result.getString(2),
              result.getString(3),
              result.getString(4),
              result.getString(5),
              result.getBoolean(6),
              result.getBoolean(7),
              result.getBoolean(8),
              result.getString(9),
              days);
        },
        arguments.toArray());
  }

  /**
   * The date columns as days since 1970-01-01: a date minus a date is a number of days on
   * PostgreSQL, an interval on H2 (which has DATEDIFF instead).
   */
  private String dayNumbers() {
    String columns = dayNumbers;
    if (columns == null) {
      String product =
          jdbc.execute(
              (ConnectionCallback<String>)
                  connection -> connection.getMetaData().getDatabaseProductName());
      boolean postgres = "PostgreSQL".equalsIgnoreCase(product);
      columns =
          DATES.stream()
              .map(
                  column ->
                      postgres
                          ? column + " - DATE '1970-01-01'"
                          : "DATEDIFF(DAY, DATE '1970-01-01', " + column + ")")
              .collect(Collectors.joining(", "));
      dayNumbers = columns;
    }
    return columns;
  }

  private volatile String dayNumbers;

  /** A report's period as day numbers: its first day, and the day after its last. */
  private record Period(long first, long end) {
    static Period of(ReportFilter filter) {
      return new Period(filter.firstDay().toEpochDay(), filter.endExclusive().toEpochDay());
    }
  }

  /** A day a record has not reached. */
  private static final int NONE = Integer.MIN_VALUE;

  /** The date columns, read after CATEGORIES (from the 10th column on). */
  private static final List<String> DATES =
      List.of(
          "opened_on",
          "applied_on",
          "first_contact_on",
          "declaration_on",
          "eligibility_on",
          "exit_clearance_on",
          "travel_document_on",
          "departed_on",
          "arrived_on",
          "plan_approved_on",
          "first_instalment_on",
          "last_instalment_on",
          "closed_on");

  private static final int FIRST_DATE = 10;

  /** One statistics record as the counting needs it: categories, and its dates as day numbers. */
  private record Row(
      String country,
      String programme,
      String sex,
      String ageBand,
      boolean unaccompaniedChild,
      boolean trafficking,
      boolean medical,
      String outcome,
      int[] days) {

    int day(int column) {
      return days[column];
    }
  }

  private static int column(String name) {
    int index = DATES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("not a date of the record: " + name);
    }
    return index;
  }

  private ServiceLevel level(
      String key,
      String language,
      List<Row> records,
      Period period,
      String fromColumn,
      String toColumn,
      Function<LocalDate, LocalDate> deadline) {
    int from = column(fromColumn);
    int to = column(toColumn);
    long cases = 0;
    long met = 0;
    for (Row record : records) {
      if (daysWithin(period, record, from, to) != NONE) {
        cases++;
        LocalDate due = deadline.apply(LocalDate.ofEpochDay(record.day(from)));
        if (record.day(to) <= due.toEpochDay()) {
          met++;
        }
      }
    }
    return new ServiceLevel(
        key,
        ReportWords.rule(key, language, firstContactDays),
        cases,
        met,
        cases == 0 ? null : (double) met / cases);
  }

  /**
   * Days from one milestone to another, for a case that reached the second in the period; NONE if
   * it did not.
   */
  private static int daysWithin(Period period, Row record, int fromColumn, int toColumn) {
    int from = record.day(fromColumn);
    int to = record.day(toColumn);
    if (from == NONE || to == NONE || to < period.first() || to >= period.end() || to < from) {
      return NONE;
    }
    return to - from;
  }

  /** Nearest-rank percentile of the first {@code count} of sorted values (null if none). */
  static Double percentile(long[] sorted, int count, int percent) {
    if (count == 0) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * count);
    return (double) sorted[Math.max(0, rank - 1)];
  }

  private static String known(String value) {
    return value == null ? ReportWords.NOT_RECORDED : value;
  }

  private static Tally tally(Map<String, Tally> tallies, String key) {
    return tallies.computeIfAbsent(known(key), Tally::new);
  }

  /** A category's tallies in the order of their keys. */
  private static Collection<Tally> sorted(Map<String, Tally> tallies) {
    return new TreeMap<>(tallies).values();
  }

  /** The tallies of one of the returns tables, each named in {@code language}. */
  private static List<Counts> counts(String table, Collection<Tally> tallies, String language) {
    return tallies.stream()
        .map(tally -> tally.counts(ReportWords.category(table, tally.key, language)))
        .toList();
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

    /** 0 opened, 1 departed, 2 arrived. */
    void count(int event) {
      switch (event) {
        case 0 -> opened++;
        case 1 -> departed++;
        default -> arrived++;
      }
    }

    void closed(String outcome) {
      closed++;
      if ("withdrawn".equals(outcome)) {
        withdrawn++;
      } else if ("not-eligible".equals(outcome)) {
        notEligible++;
      } else if ("referred-to-unhcr".equals(outcome)) {
        referredToUnhcr++;
      }
    }

    Counts counts(String name) {
      return new Counts(
          key, name, opened, departed, arrived, closed, withdrawn, notEligible, referredToUnhcr);
    }
  }
}
