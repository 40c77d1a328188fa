package org.avrr.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.Results.Target;

/**
 * 6. The managers' reports after years (issue 15's bound: every report answers in < 1 s with
 * 100,000 closed cases on PostgreSQL). A fresh database holds the statistics records of 100,000
 * closed cases over eight years and 10,000 open ones ({@code --reports-closed}, {@code
 * --reports-open}, {@code --reports-years}), their grants per component type, four requests to the
 * authorities per case (answers, refusals and outages) and 10,000 open tasks of the models' steps.
 * They are written directly, seeded (the same office every run): what the reports read is those
 * tables, which the statistics recorder fills from walked cases (OutboundCaseIT, InboundCaseIT
 * check a whole case's record), and walking 110,000 cases would take a day.
 *
 * <p>Each report is asked as the Reports page asks it (HTTP, a manager), for the last twelve months
 * and for the widest period a report allows (ten years, every record), alternately with the floor
 * of any report: the database alone counting the same period's records in one SQL aggregate. The
 * bound is on our time; the floor says how much of it is the database's.
 */
final class ReportsAtScale {

  static final String SECTION = "6. Reports with 100,000 closed cases (PostgreSQL)";

  private static final String[] COUNTRIES = {
    "IQ", "AF", "SY", "VN", "GE", "AZ", "UZ", "TJ", "NG", "LK", "IN", "PK", "CN", "KG", "AM"
  };
  private static final String[] MISSIONS = {
    "irq", "afg", "syr", "vnm", "geo", "aze", "uzb", "tjk", "nga", "lka", "ind", "pak", "chn",
    "kgz", "arm"
  };
  private static final String[] PROGRAMMES = {"REAG_GARP", "EU_RE", "AVRR_BY", "UNHCR_JOINT"};
  private static final String[] COMPONENTS = {
    "CASH_ASSISTANCE",
    "BUSINESS_START_UP",
    "HOUSING",
    "VOCATIONAL_TRAINING",
    "MEDICAL_CARE",
    "EDUCATION",
    "IN_KIND_ASSISTANCE"
  };
  private static final String[] CLOSURE_REASONS = {
    "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "LOST_TO_FOLLOW_UP", "RETURNEE_WITHDREW"
  };

  /** Open tasks: (process, step, group), as the models offer them. */
  private static final String[][] STEPS = {
    {"intake-counselling", "Task_RecordFirstContactAndConsent", "counsellors"},
    {"intake-counselling", "Task_HoldCounsellingSession", "counsellors"},
    {"intake-counselling", "Task_SignReturnDeclaration", "counsellors"},
    {"eligibility", "Task_ScreenVulnerability", "counsellors"},
    {"eligibility", "Task_ReviewEligibility", "case-managers"},
    {"pre-departure", "Task_CheckTravelDocument", "movement-officers"},
    {"pre-departure", "Task_RecordPaperExitClearance", "movement-officers"},
    {"travel", "Task_BookJourney", "movement-officers"},
    {"travel", "Task_PreEmbarkationCheck", "movement-officers"},
    {"reintegration", "Task_PayInstalment", "finance"},
    {"reintegration", "Task_ApproveClosure", "case-managers"},
    {"reintegration", "Task_ApprovePlan", "case-managers"}
  };

  private ReportsAtScale() {}

  static void run(Bench bench) throws Exception {
    if (!bench.options().db().equals("postgres")) {
      bench
          .results()
          .note("Reports with 100,000 closed cases run on PostgreSQL only (--db=postgres).");
      return;
    }
    int closed = bench.options().number("reports-closed", 100_000);
    int open = bench.options().number("reports-open", 10_000);
    int years = bench.options().number("reports-years", 8);
    int tasks = bench.options().number("reports-tasks", 10_000);
    int repeats = bench.options().number("reports-repeats", 10);
    Database database = Database.freshPostgres("avrr_bench_reports");
    Map<String, List<Double>> figures = new TreeMap<>();
    try (AppProcess ours =
        bench
            .apps()
            .ours(
                "reports",
                bench.options().out().resolve("work/reports/ours"),
                database,
                bench.outside(),
                Map.of("camunda.bpm.job-execution.enabled", "false"))) {
      long started = System.nanoTime();
      LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
      fill(database, closed, open, years, tasks, today);
      OfficeData.analyse(database);
      bench.log(
          String.format(
              "reports: %d closed and %d open cases' records, %d exchanges, %d open tasks written in"
                  + " %.0f s",
              OfficeData.count(
                  database,
                  "SELECT count(*) FROM avrr_case_statistics WHERE closed_on IS NOT NULL"),
              OfficeData.count(
                  database, "SELECT count(*) FROM avrr_case_statistics WHERE closed_on IS NULL"),
              OfficeData.count(database, "SELECT count(*) FROM avrr_touchpoint_exchange"),
              OfficeData.count(database, "SELECT count(*) FROM act_ru_task"),
              (System.nanoTime() - started) / 1e9));
      YearMonth thisMonth = YearMonth.from(today);
      Map<String, String> periods = new LinkedHashMap<>();
      periods.put("12 months", "");
      periods.put("10 years", "?from=" + thisMonth.minusMonths(119) + "&to=" + thisMonth);
      periods.put("12 months, one country", "?country=IQ");
      periods.put("12 months, one programme", "?programme=EU_RE");
      OfficeHttp http = new OfficeHttp(ours.baseUrl());
      for (int run = 1; run <= bench.options().runs(); run++) {
        Latencies oursTimes = new Latencies();
        Latencies floorTimes = new Latencies();
        for (int i = 0; i < repeats + 2; i++) {
          boolean measured = i >= 2;
          for (Map.Entry<String, String> period : periods.entrySet()) {
            for (String report : reports(period.getKey())) {
              boolean oursFirst = i % 2 == 0;
              for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == oursFirst) {
                  time(
                      oursTimes,
                      measured,
                      report + "|" + period.getKey(),
                      () ->
                          http.reportGet("manager", "/api/reports/" + report + period.getValue()));
                } else {
                  time(
                      floorTimes,
                      measured,
                      period.getKey(),
                      () -> floor(database, period.getKey(), thisMonth));
                }
              }
            }
          }
        }
        for (String what : oursTimes.names()) {
          put(figures, "p95|" + what, oursTimes.percentile(what, 95));
          put(figures, "p50|" + what, oursTimes.percentile(what, 50));
        }
        for (String what : floorTimes.names()) {
          put(figures, "floor|" + what, floorTimes.percentile(what, 95));
        }
        bench.log("reports run " + run + " measured");
      }
    } finally {
      // --reports-keep-database=true: left for a look with psql (dropped by the next run).
      if (!bench.options().text("reports-keep-database", "false").equals("true")) {
        database.drop();
      }
    }
    Results results = bench.results();
    for (String period :
        List.of("12 months", "10 years", "12 months, one country", "12 months, one programme")) {
      for (String report : reports(period)) {
        String key = report + "|" + period;
        // The bound is on each report, as the page asks for them; the workbook of all five is
        // their sum (computed side by side), shown without one.
        Target bound = report.equals("all.xlsx") ? null : Target.atMost(1000, "< 1 s");
        results.add(
            SECTION,
            "/api/reports/" + report + ", p95",
            period,
            "ms",
            figures.get("p95|" + key),
            bound);
        results.add(
            SECTION,
            "/api/reports/" + report + ", p50",
            period,
            "ms",
            figures.get("p50|" + key),
            null);
      }
      results.add(
          SECTION,
          "floor: the database counting the period's records (one SQL aggregate, JDBC), p95",
          period,
          "ms",
          figures.get("floor|" + period),
          null);
    }
    results.note(
        "Reports: "
            + closed
            + " closed and "
            + open
            + " open cases over "
            + years
            + " years, written directly (seeded), "
            + tasks
            + " open tasks; each report asked "
            + repeats
            + " times per run over HTTP as a manager, alternately with the floor.");
  }

  /** What each period is measured with: every report, and the spreadsheet of all of them. */
  private static List<String> reports(String period) {
    if (period.startsWith("12 months,")) {
      return List.of("returns", "stages", "reintegration", "authorities");
    }
    return List.of("returns", "stages", "reintegration", "authorities", "work", "all.xlsx");
  }

  /** The database alone: one pass over the period's records, counting them by month. */
  private static Object floor(Database database, String period, YearMonth thisMonth) {
    YearMonth from =
        period.equals("10 years") ? thisMonth.minusMonths(119) : thisMonth.minusMonths(11);
    String where =
        switch (period) {
          case "12 months, one country" -> " AND country = 'IQ'";
          case "12 months, one programme" -> " AND programme = 'EU_RE'";
          default -> "";
        };
    try (Connection connection = database.connect();
        PreparedStatement sql =
            connection.prepareStatement(
                "SELECT date_trunc('month', opened_on), count(*), count(departed_on),"
                    + " count(closed_on) FROM avrr_case_statistics WHERE opened_on < ?"
                    + " AND (closed_on IS NULL OR closed_on >= ?)"
                    + where
                    + " GROUP BY 1")) {
      sql.setDate(1, Date.valueOf(thisMonth.plusMonths(1).atDay(1)));
      sql.setDate(2, Date.valueOf(from.atDay(1)));
      long rows = 0;
      try (ResultSet result = sql.executeQuery()) {
        while (result.next()) {
          rows++;
        }
      }
      return rows;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The office's records, seeded: the same every run. */
  private static void fill(
      Database database, int closed, int open, int years, int tasks, LocalDate today)
      throws Exception {
    Random random = new Random(15);
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement record = connection.prepareStatement(RECORD);
          PreparedStatement component = connection.prepareStatement(COMPONENT);
          PreparedStatement exchange = connection.prepareStatement(EXCHANGE)) {
        int span = years * 365 - 420;
        for (int n = 1; n <= closed + open; n++) {
          boolean isOpen = n > closed;
          LocalDate opened =
              isOpen
                  ? today.minusDays(1 + random.nextInt(300))
                  : today.minusDays(420 + random.nextInt(span));
          Case c = new Case(n, opened, random, isOpen, today);
          c.bind(record);
          record.addBatch();
          c.components(component);
          c.exchanges(exchange);
          if (n % 1000 == 0) {
            record.executeBatch();
            component.executeBatch();
            exchange.executeBatch();
            connection.commit();
          }
        }
        record.executeBatch();
        component.executeBatch();
        exchange.executeBatch();
        connection.commit();
      }
      openTasks(connection, tasks, random);
      connection.commit();
    }
  }

  /** Open tasks as the runtime tables hold them (no execution: only the reports read them). */
  private static void openTasks(Connection connection, int tasks, Random random) throws Exception {
    Map<String, String> definitions = new TreeMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet found =
            sql.executeQuery("SELECT key_, id_ FROM act_re_procdef ORDER BY version_")) {
      while (found.next()) {
        definitions.put(found.getString(1), found.getString(2));
      }
    }
    Timestamp now = new Timestamp(System.currentTimeMillis());
    try (PreparedStatement task =
            connection.prepareStatement(
                "INSERT INTO act_ru_task (id_, rev_, proc_def_id_, name_, task_def_key_,"
                    + " priority_, create_time_, due_date_, suspension_state_)"
                    + " VALUES (?, 1, ?, ?, ?, 50, ?, ?, 1)");
        PreparedStatement link =
            connection.prepareStatement(
                "INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                    + " VALUES (?, 1, ?, 'candidate', ?)")) {
      for (int n = 1; n <= tasks; n++) {
        String[] step = STEPS[random.nextInt(STEPS.length)];
        String id = "bench-task-" + n;
        long createdAgo = (long) (random.nextDouble() * 60 * 86_400_000L);
        task.setString(1, id);
        task.setString(2, definitions.get(step[0]));
        task.setString(3, step[1]);
        task.setString(4, step[1]);
        task.setTimestamp(5, new Timestamp(now.getTime() - createdAgo));
        task.setTimestamp(6, new Timestamp(now.getTime() - createdAgo + 5 * 86_400_000L));
        task.addBatch();
        link.setString(1, "bench-link-" + n);
        link.setString(2, step[2]);
        link.setString(3, id);
        link.addBatch();
      }
      task.executeBatch();
      link.executeBatch();
    }
  }

  private static final String RECORD =
      "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, country, mission,"
          + " programme, sex, age_band, unaccompanied_child, trafficking, medical, opened_on,"
          + " applied_on, first_contact_on, declaration_on, eligibility_on, exit_clearance_on,"
          + " travel_document_on, departed_on, arrived_on, plan_approved_on, first_instalment_on,"
          + " last_instalment_on, instalments_paid, closed_on, outcome, closure_reason,"
          + " psychosocial_referral, grant_currency, grant_committed, grant_paid,"
          + " rss_economic_baseline, rss_social_baseline, rss_psychosocial_baseline,"
          + " rss_economic_latest, rss_social_latest, rss_psychosocial_latest)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String COMPONENT =
      "INSERT INTO avrr_grant_component (case_instance_id, component_type, currency, committed,"
          + " paid) VALUES (?, ?, 'EUR', ?, ?)";

  private static final String EXCHANGE =
      "INSERT INTO avrr_touchpoint_exchange (occurred_at, authority, operation, case_number,"
          + " idempotency_key, outcome, http_status, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * One case: its fate (how far it got and how it ended) and the days each stage took, drawn from
   * spreads like an office's (most cases reach reintegration; some are not eligible, withdraw or
   * stop before departure).
   */
  private static final class Case {
    private static final String[] STAGE_COLUMNS = {
      "first_contact", "declaration", "eligibility", "exit_clearance", "travel_document",
      "departed", "arrived", "plan_approved", "first_instalment", "last_instalment"
    };

    final int n;
    final Random random;
    final boolean inbound;
    final String country;
    final String mission;
    final String programme;
    final LocalDate opened;
    final LocalDate[] milestones = new LocalDate[10];
    final LocalDate closedOn;
    final String outcome;
    final boolean open;

    Case(int n, LocalDate opened, Random random, boolean open, LocalDate today) {
      this.n = n;
      this.random = random;
      this.open = open;
      this.opened = opened;
      int c = random.nextInt(COUNTRIES.length);
      this.inbound = random.nextDouble() < 0.15;
      this.country = COUNTRIES[c];
      this.mission = "mission-" + MISSIONS[c];
      this.programme = PROGRAMMES[random.nextInt(PROGRAMMES.length)];
      double fate = random.nextDouble();
      int reach;
      if (fate < 0.06) {
        reach = 3;
        outcome = "not-eligible";
      } else if (fate < 0.09) {
        reach = 3;
        outcome = "referred-to-unhcr";
      } else if (fate < 0.17) {
        reach = 2;
        outcome = "withdrawn";
      } else if (fate < 0.22) {
        reach = 5;
        outcome = "closed-before-departure";
      } else if (fate < 0.24) {
        reach = 6;
        outcome = "arrival-not-confirmed";
      } else {
        reach = 10;
        outcome = "reintegration-closed";
      }
      int[] days = {
        days(0, 6),
        days(3, 20),
        days(1, 14),
        days(3, 30),
        days(5, 45),
        days(5, 30),
        days(0, 4),
        days(10, 60),
        days(5, 30),
        days(30, 150)
      };
      LocalDate at = opened;
      for (int i = 0; i < reach; i++) {
        LocalDate from =
            switch (i) {
              case 4 -> milestones[2]; // the travel document counts from eligibility
              case 5 -> {
                LocalDate documents = later(milestones[3], milestones[4]);
                yield documents == null ? at : documents;
              }
              default -> at;
            };
        LocalDate on = from.plusDays(days[i]);
        if (inbound && (i == 3 || i == 4)) {
          continue; // an inbound case has no exit clearance or travel document of ours
        }
        if (on.isAfter(today.minusDays(1))) {
          if (open) {
            break; // an open case has not got there yet
          }
          on = today.minusDays(1);
        }
        milestones[i] = on;
        at = on;
      }
      LocalDate last = at;
      LocalDate closing = last.plusDays(reach == 10 ? days(30, 200) : days(1, 30));
      this.closedOn = open ? null : (closing.isAfter(today) ? today : closing);
    }

    private int days(int least, int most) {
      return least + random.nextInt(most - least + 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
      if (a == null) {
        return b;
      }
      return b == null || a.isAfter(b) ? a : b;
    }

    void bind(PreparedStatement sql) throws Exception {
      int i = 1;
      sql.setString(i++, "bench-case-" + n);
      sql.setString(i++, "BY-BENCH-" + n);
      sql.setString(i++, inbound ? "inbound" : "outbound");
      sql.setString(i++, country);
      sql.setString(i++, mission);
      sql.setString(i++, programme);
      sql.setString(i++, random.nextDouble() < 0.62 ? "M" : "F");
      double age = random.nextDouble();
      sql.setString(i++, age < 0.18 ? "child" : age < 0.95 ? "adult" : "older");
      sql.setBoolean(i++, random.nextDouble() < 0.02);
      sql.setBoolean(i++, random.nextDouble() < 0.04);
      sql.setBoolean(i++, random.nextDouble() < 0.08);
      sql.setDate(i++, Date.valueOf(opened));
      sql.setDate(i++, Date.valueOf(opened));
      for (LocalDate milestone : milestones) {
        date(sql, i++, milestone);
      }
      boolean paid = milestones[8] != null;
      sql.setInt(i++, paid ? 1 + random.nextInt(3) : 0);
      date(sql, i++, closedOn);
      sql.setString(i++, open ? null : outcome);
      sql.setString(
          i++,
          !open && "reintegration-closed".equals(outcome)
              ? CLOSURE_REASONS[random.nextInt(CLOSURE_REASONS.length)]
              : null);
      sql.setBoolean(i++, milestones[7] != null && random.nextDouble() < 0.12);
      boolean planned = milestones[7] != null;
      sql.setString(i++, planned ? "EUR" : null);
      sql.setBigDecimal(i++, planned ? BigDecimal.valueOf(committed()) : null);
      sql.setBigDecimal(i++, planned ? BigDecimal.valueOf(paid ? committed() : 0) : null);
      boolean surveyed = milestones[6] != null;
      for (int dimension = 0; dimension < 6; dimension++) {
        boolean latest = dimension >= 3;
        if (surveyed && (!latest || closedOn != null)) {
          sql.setBigDecimal(i++, BigDecimal.valueOf(random.nextInt(1000), 3));
        } else {
          sql.setNull(i++, Types.DECIMAL);
        }
      }
    }

    /** The plan's total: 1,000 to 2,000 EUR in steps of 250, by the case's number. */
    private int committed() {
      return 1000 + 250 * (n % 5);
    }

    void components(PreparedStatement sql) throws Exception {
      if (milestones[7] == null) {
        return;
      }
      boolean paid = milestones[8] != null;
      int first = n % COMPONENTS.length;
      int second = (n / 7) % COMPONENTS.length;
      int total = committed();
      if (first == second) {
        component(sql, COMPONENTS[first], total, paid ? total : 0);
      } else {
        component(sql, COMPONENTS[first], total - 500, paid ? total - 500 : 0);
        component(sql, COMPONENTS[second], 500, paid ? 500 : 0);
      }
    }

    private void component(PreparedStatement sql, String type, int committed, int paid)
        throws Exception {
      sql.setString(1, "bench-case-" + n);
      sql.setString(2, type);
      sql.setBigDecimal(3, BigDecimal.valueOf(committed));
      sql.setBigDecimal(4, BigDecimal.valueOf(paid));
      sql.addBatch();
    }

    /**
     * The Ministry's status check at application and its exit clearance, the border authority's
     * departure notification and (inbound) arrival registration: one in 25 during an outage (two
     * failed attempts before the answer), one in 30 refused.
     */
    void exchanges(PreparedStatement sql) throws Exception {
      exchange(sql, opened, "MINISTRY_OF_INTERNAL_AFFAIRS", "STATUS_CHECK");
      if (milestones[3] != null) {
        exchange(sql, milestones[3], "MINISTRY_OF_INTERNAL_AFFAIRS", "EXIT_CLEARANCE_REQUEST");
      }
      if (milestones[5] != null) {
        exchange(sql, milestones[5], "STATE_BORDER_COMMITTEE", "DEPARTURE_NOTIFICATION");
      }
      if (inbound && milestones[6] != null) {
        exchange(sql, milestones[6], "STATE_BORDER_COMMITTEE", "ARRIVAL_REGISTRATION");
      }
    }

    private void exchange(PreparedStatement sql, LocalDate on, String authority, String operation)
        throws Exception {
      long at =
          on.atStartOfDay(ZoneId.of("Europe/Minsk")).toInstant().toEpochMilli()
              + (8 + random.nextInt(9)) * 3_600_000L
              + random.nextInt(3_600_000);
      if (random.nextDouble() < 0.04) {
        for (int attempt = 0; attempt < 2; attempt++) {
          row(sql, at + attempt * 300_000L, authority, operation, "FAILED", null, 30_000);
        }
        at += 600_000L;
      }
      boolean refused = random.nextDouble() < 1 / 30.0;
      row(
          sql,
          at,
          authority,
          operation,
          refused ? "REFUSED" : "ANSWERED",
          refused ? 422 : 200,
          40 + random.nextInt(1500));
    }

    private void row(
        PreparedStatement sql,
        long at,
        String authority,
        String operation,
        String outcome,
        Integer status,
        long ms)
        throws Exception {
      sql.setTimestamp(1, new Timestamp(at));
      sql.setString(2, authority);
      sql.setString(3, operation);
      sql.setString(4, "BY-BENCH-" + n);
      sql.setString(5, "BY-BENCH-" + n + ":" + operation);
      sql.setString(6, outcome);
      if (status == null) {
        sql.setNull(7, Types.INTEGER);
      } else {
        sql.setInt(7, status);
      }
      sql.setLong(8, ms);
      sql.addBatch();
    }

    private static void date(PreparedStatement sql, int index, LocalDate value) throws Exception {
      if (value == null) {
        sql.setNull(index, Types.DATE);
      } else {
        sql.setDate(index, Date.valueOf(value));
      }
    }
  }

  private static void time(
      Latencies times, boolean measured, String what, java.util.function.Supplier<Object> call) {
    long started = System.nanoTime();
    call.get();
    if (measured) {
      times.record(what, System.nanoTime() - started);
    }
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
