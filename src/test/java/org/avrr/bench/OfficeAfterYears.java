package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.Results.Target;

/**
 * 3. What users wait for in an office after years: PostgreSQL with the open and closed cases of
 * {@link OfficeData}, authorizations on. Our application and the bare engine run side by side on
 * the same database; every figure is measured alternately on both. Tasklist as a counsellor, a
 * movement officer and IOM Germany ask it (each shared filter's first page and count, a task
 * opened), Cockpit as a manager asks it (Case history by case number, the process instance search
 * by business key). The job executor is off in both: the restored cases' timers are weeks overdue
 * by now and would fire all at once, which no office sees.
 */
final class OfficeAfterYears {

  static final String SECTION = "3. An office after years (PostgreSQL, authorizations on)";

  private static final List<String> USERS =
      List.of("counsellor", "movement-officer", "mission-deu");

  private OfficeAfterYears() {}

  static void run(Bench bench) throws Exception {
    if (!bench.options().db().equals("postgres")) {
      bench.results().note("An office after years runs on PostgreSQL only (--db=postgres).");
      return;
    }
    OfficeData.Size size =
        new OfficeData.Size(
            bench.options().number("office-open", 10_000),
            bench.options().number("office-closed", 100_000));
    // --office-database=NAME measures a database that is already there (an earlier generation
    // measured without a dump, or a copy of an office's own) instead of preparing one.
    String existing = bench.options().text("office-database", "");
    Database database;
    if (existing.isEmpty()) {
      database = OfficeData.prepare(bench, size, "avrr_bench_office");
    } else {
      database = Database.postgres(existing);
      OfficeData.analyse(database);
    }
    Map<String, String> noJobs = Map.of("camunda.bpm.job-execution.enabled", "false");
    int repeats = bench.options().number("office-repeats", 20);
    Map<String, List<Double>> figures = new TreeMap<>();
    try (AppProcess ours =
            bench
                .apps()
                .ours(
                    "ours",
                    bench.options().out().resolve("work/office/ours"),
                    database,
                    bench.outside(),
                    noJobs);
        AppProcess bare =
            bench
                .apps()
                .bare(
                    "bare",
                    bench.options().out().resolve("work/office/bare"),
                    database,
                    Apps.BareMode.QUERY_ONLY,
                    Map.of())) {
      OfficeData.analyse(database);
      sizes(bench, database, size);
      for (int run = 1; run <= bench.options().runs(); run++) {
        OfficeHttp oursHttp = new OfficeHttp(ours.baseUrl());
        OfficeHttp bareHttp = new OfficeHttp(bare.baseUrl());
        Latencies oursTimes = new Latencies();
        Latencies bareTimes = new Latencies();
        for (String user : USERS) {
          tasklist(user, oursHttp, bareHttp, oursTimes, bareTimes, repeats);
        }
        cockpit(database, oursHttp, bareHttp, oursTimes, bareTimes, repeats);
        for (String what : oursTimes.names()) {
          put(figures, "ours|" + what, oursTimes.percentile(what, 95));
          put(figures, "ours50|" + what, oursTimes.percentile(what, 50));
        }
        for (String what : bareTimes.names()) {
          put(figures, "bare|" + what, bareTimes.percentile(what, 95));
        }
        bench.log("office run " + run + " measured");
      }
    }
    Results results = bench.results();
    List<String> filterNames =
        figures.keySet().stream()
            .filter(k -> k.startsWith("ours|list|counsellor|"))
            .map(k -> k.substring("ours|list|counsellor|".length()))
            .toList();
    for (String user : USERS) {
      List<Double> bareQuery = figures.get("bare|task query|" + user);
      results.add(
          SECTION,
          "bare engine: the user's task query (REST, candidate groups + assigned), p95",
          user,
          "ms",
          bareQuery,
          null);
      for (String filter : filterNames) {
        List<Double> list = figures.get("ours|list|" + user + "|" + filter);
        results.add(
            SECTION,
            "Tasklist: \"" + filter + "\" first page, p50",
            user,
            "ms",
            figures.get("ours50|list|" + user + "|" + filter),
            null);
        results.add(
            SECTION,
            "Tasklist: \"" + filter + "\" first page, p95",
            user,
            "ms",
            list,
            Target.atMost(60, "< 60 ms"));
        results.add(
            SECTION,
            "Tasklist: \"" + filter + "\" first page p95 / bare task query p95",
            user,
            "×",
            ratio(list, bareQuery),
            Target.atMost(1.5, "≤ 1.5×"));
        results.add(
            SECTION,
            "Tasklist: \"" + filter + "\" count, p95",
            user,
            "ms",
            figures.get("ours|count|" + user + "|" + filter),
            Target.atMost(60, "< 60 ms"));
        results.add(
            SECTION,
            "bare engine's Tasklist: \"" + filter + "\" first page, p95",
            user,
            "ms",
            figures.get("bare|list|" + user + "|" + filter),
            null);
      }
      results.add(
          SECTION,
          "Tasklist: a task opened (task, form, deployed form, variables), p95",
          user,
          "ms",
          figures.get("ours|open|" + user),
          Target.atMost(60 * 4, "< 240 ms (4 requests)"));
      results.add(
          SECTION,
          "bare engine: the same task opened, p95",
          user,
          "ms",
          figures.get("bare|open|" + user),
          null);
    }
    results.add(
        SECTION,
        "Cockpit: Case history by case number (every request of the page), p95",
        "manager",
        "ms",
        figures.get("ours|case history"),
        Target.atMost(200, "< 200 ms"));
    results.add(
        SECTION,
        "Cockpit: Case history, p50",
        "manager",
        "ms",
        figures.get("ours50|case history"),
        null);
    results.add(
        SECTION,
        "bare engine: the same requests, p95",
        "manager",
        "ms",
        figures.get("bare|case history"),
        null);
    results.add(
        SECTION,
        "Cockpit: process instances by business key, p95",
        "manager",
        "ms",
        figures.get("ours|instance search"),
        null);
    results.add(
        SECTION,
        "bare engine: the same search, p95",
        "manager",
        "ms",
        figures.get("bare|instance search"),
        null);
  }

  /** A user's Tasklist: each shared filter's first page and count, and a task opened. */
  private static void tasklist(
      String user,
      OfficeHttp ours,
      OfficeHttp bare,
      Latencies oursTimes,
      Latencies bareTimes,
      int repeats) {
    OfficeHttp.Session oursSession = ours.tasklist(user);
    OfficeHttp.Session bareSession = bare.tasklist(user);
    Map<String, String> filters = TasklistViews.filters(oursSession);
    String groups =
        String.join(
            ",",
            OfficeHttp.list(
                    ours.restGet("admin", "/group?member=" + user + "&maxResults=100", "check"))
                .stream()
                .map(group -> group.path("id").asText())
                .toList());
    String taskQuery =
        "/task?candidateGroups="
            + groups
            + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";
    JsonNode page = TasklistViews.list(oursSession, filters.get("My group's tasks"), "warm");
    JsonNode tasks = page.path("_embedded").path("task");
    String taskId = tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
    for (int i = 0; i < repeats + 3; i++) {
      boolean measured = i >= 3;
      boolean oursFirst = i % 2 == 0;
      for (int turn = 0; turn < 2; turn++) {
        boolean isOurs = (turn == 0) == oursFirst;
        Latencies times = isOurs ? oursTimes : bareTimes;
        OfficeHttp.Session session = isOurs ? oursSession : bareSession;
        for (Map.Entry<String, String> filter : filters.entrySet()) {
          time(
              times,
              measured,
              "list|" + user + "|" + filter.getKey(),
              () -> TasklistViews.list(session, filter.getValue(), "list"));
          if (isOurs) {
            time(
                times,
                measured,
                "count|" + user + "|" + filter.getKey(),
                () -> TasklistViews.count(session, filter.getValue(), "count"));
          }
        }
        if (!isOurs) {
          time(
              times,
              measured,
              "task query|" + user,
              () -> bare.restGet(user, taskQuery, "task query"));
        }
        if (taskId != null) {
          time(
              times,
              measured,
              "open|" + user,
              () -> {
                TasklistViews.open(session, taskId, "open");
                return null;
              });
        }
      }
    }
  }

  /** A manager's Cockpit: Case history of open and closed cases, and the search by business key. */
  private static void cockpit(
      Database database,
      OfficeHttp ours,
      OfficeHttp bare,
      Latencies oursTimes,
      Latencies bareTimes,
      int repeats)
      throws Exception {
    List<String> cases = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      for (String state : List.of("end_time_ IS NOT NULL", "end_time_ IS NULL")) {
        try (ResultSet found =
            sql.executeQuery(
                "SELECT business_key_ FROM act_hi_procinst WHERE super_process_instance_id_ IS NULL AND "
                    + state
                    + " ORDER BY start_time_ DESC LIMIT 5")) {
          while (found.next()) {
            cases.add(found.getString(1));
          }
        }
      }
    }
    OfficeHttp.Session oursManager = ours.cockpit("manager");
    OfficeHttp.Session bareManager = bare.cockpit("manager");
    for (int i = 0; i < repeats + 1; i++) {
      boolean measured = i >= 1;
      for (String caseNumber : cases) {
        for (int turn = 0; turn < 2; turn++) {
          boolean isOurs = (turn == 0) == (i % 2 == 0);
          OfficeHttp.Session manager = isOurs ? oursManager : bareManager;
          Latencies times = isOurs ? oursTimes : bareTimes;
          time(times, measured, "case history", () -> caseHistory(manager, caseNumber));
          ObjectNode search = OfficeHttp.JSON.createObjectNode().put("businessKey", caseNumber);
          time(
              times,
              measured,
              "instance search",
              () ->
                  manager.post("/process-instance?firstResult=0&maxResults=50", search, "search"));
        }
      }
    }
  }

  /** Every request Cockpit's Case history page makes (case-history.js), in its order. */
  static Object caseHistory(OfficeHttp.Session manager, String caseNumber) {
    JsonNode instances =
        manager.get(
            "/history/process-instance?processInstanceBusinessKey="
                + OfficeHttp.encode(caseNumber)
                + "&sortBy=startTime&sortOrder=asc&maxResults=100",
            "case history");
    List<String> ids = new ArrayList<>();
    for (JsonNode instance : instances) {
      String id = instance.path("id").asText();
      ids.add(id);
      if ("ACTIVE".equals(instance.path("state").asText())) {
        manager.get("/process-instance/" + id + "/activity-instances", "case history");
        manager.get("/incident?processInstanceId=" + id + "&maxResults=50", "case history");
      }
    }
    String joined = String.join(",", ids);
    manager.get(
        "/history/variable-instance?processInstanceIdIn="
            + joined
            + "&deserializeValues=false&maxResults=2000",
        "case history");
    manager.get(
        "/history/detail?variableUpdates=true&processInstanceIdIn="
            + joined
            + "&sortBy=time&sortOrder=asc&maxResults=2000&deserializeValues=false",
        "case history");
    for (String id : ids) {
      manager.get(
          "/history/activity-instance?processInstanceId="
              + id
              + "&sortBy=startTime&sortOrder=asc&maxResults=500",
          "case history");
    }
    return null;
  }

  /** The database's size, per case, and what history takes of it. */
  /**
   * Bytes of one closed case: its rows in every table that holds them (found by root process
   * instance), each table's bytes scaled by its indexes' share, over a sample of 1,000 closed
   * cases.
   */
  static double closedCaseSize(Connection connection) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND column_name = 'root_proc_inst_id_'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    double bytes = 0;
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TEMP TABLE bench_closed_sample AS SELECT id_ FROM act_hi_procinst"
              + " WHERE id_ = root_proc_inst_id_ AND end_time_ IS NOT NULL LIMIT 1000");
      double cases = single(sql, "SELECT count(*) FROM bench_closed_sample");
      for (String table : tables) {
        bytes +=
            single(
                    sql,
                    "SELECT coalesce(sum(pg_column_size(t.*)), 0) * pg_total_relation_size('"
                        + table
                        + "')::float8 / greatest(pg_relation_size('"
                        + table
                        + "'), 1) FROM "
                        + table
                        + " t WHERE root_proc_inst_id_ IN (SELECT id_ FROM bench_closed_sample)")
                / Math.max(cases, 1.0);
      }
      sql.execute("DROP TABLE bench_closed_sample");
    }
    return bytes;
  }

  private static void sizes(Bench bench, Database database, OfficeData.Size size) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      double total = single(sql, "SELECT pg_database_size(current_database())") / 1048576.0;
      double history =
          single(
                  sql,
                  "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                      + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'act_hi_%'")
              / 1048576.0;
      double closedCases =
          single(
              sql,
              "SELECT count(*) FROM act_hi_procinst WHERE super_process_instance_id_ IS NULL AND end_time_ IS NOT NULL");
      double withRemovalTime =
          single(sql, "SELECT count(*) FROM act_hi_procinst WHERE removal_time_ IS NOT NULL");
      double dueForCleanup =
          single(sql, "SELECT count(*) FROM act_hi_procinst WHERE removal_time_ <= now()");
      Results results = bench.results();
      results.add(
          SECTION,
          "database size",
          size.open() + " open + " + size.closed() + " closed cases",
          "MiB",
          List.of(total),
          null);
      results.add(
          SECTION,
          "of which history tables (act_hi_*) with their indexes",
          "",
          "MiB",
          List.of(history),
          null);
      results.add(
          SECTION,
          "database size per case (open and closed together)",
          "",
          "KiB",
          List.of(total * 1024 / (size.open() + size.closed())),
          null);
      results.add(
          SECTION,
          "size of a closed case (its rows in every table, with their share of the indexes)",
          "1,000 closed cases measured",
          "KiB",
          List.of(closedCaseSize(connection) / 1024),
          null);
      results.add(
          SECTION,
          "history cleanup: instances with a removal time (ended)",
          "",
          "",
          List.of(withRemovalTime),
          null);
      results.add(
          SECTION,
          "history cleanup: of those due for removal now (5 years after the end)",
          "",
          "",
          List.of(dueForCleanup),
          null);
      bench.log(
          String.format(
              "office database: %.0f MiB (%.0f MiB history), %.0f closed cases",
              total, history, closedCases));
    }
  }

  private static double single(Statement sql, String query) throws Exception {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getDouble(1);
    }
  }

  private static void time(Latencies times, boolean measured, String what, Supplier<Object> call) {
    long started = System.nanoTime();
    call.get();
    if (measured) {
      times.record(what, System.nanoTime() - started);
    }
  }

  private static List<Double> ratio(List<Double> ours, List<Double> bare) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(ours.size(), bare.size()); i++) {
      ratios.add(ours.get(i) / bare.get(i));
    }
    return ratios;
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
