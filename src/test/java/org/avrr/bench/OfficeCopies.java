package org.avrr.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.bench.Benchmark.Bench;

/**
 * Brings the office's generated database to its size by copying cases the real models made.
 *
 * <p>Walking 110,000 cases through the application takes this kind of machine most of a day (about
 * 13 closed and 1–2 open cases a second on 2 cores), longer than a working session and longer than
 * its PostgreSQL is kept. So the generator walks a sample of each kind through the real models and
 * then copies the sample's rows — every row the engine and our code wrote for those cases, runtime
 * and history, in every table — with new ids and case numbers, until the office has its size.
 * Closed copies are moved back by whole years (copy 1 a year earlier, copy 2 two years ...), so the
 * closed history spans the years of an office that has run for a while, as history cleanup sees it;
 * open copies keep their dates, as open cases of the same desks.
 *
 * <p>A copy changes only what identifies it: ids end in {@code c0b1e5} and the copy's number in
 * place of the generating machine's node part (same length, so the engine's 64-character columns
 * hold them), the case number's serial is moved by {@link #SERIAL_STRIDE} per copy (and its year
 * with the dates), and our own tables' keys follow. Each copy is one transaction: an interrupted
 * run goes on with the next copy.
 */
final class OfficeCopies {

  /** What a copy's ids end with before its number. */
  static final String MARK = "c0b1e5";

  /** A copy's case numbers: the original serial plus this times the copy's number. */
  static final long SERIAL_STRIDE = 20_000;

  /** Columns that hold the id of something a case made (never a definition, user or group). */
  private static final Set<String> INSTANCE_IDS =
      Set.of(
          "id_",
          "proc_inst_id_",
          "root_proc_inst_id_",
          "process_instance_id_",
          "super_process_instance_id_",
          "restarted_proc_inst_id_",
          "call_proc_inst_id_",
          "execution_id_",
          "parent_id_",
          "super_exec_",
          "var_scope_",
          "act_inst_id_",
          "parent_act_inst_id_",
          "task_id_",
          "parent_task_id_",
          "var_inst_id_",
          "bytearray_id_",
          "job_id_",
          "job_exception_stack_id_",
          "exception_stack_id_",
          "error_details_id_",
          "ext_task_id_",
          "external_task_id_",
          "dec_inst_id_",
          "root_dec_inst_id_",
          "cause_incident_id_",
          "root_cause_incident_id_",
          "operation_id_",
          "content_id_",
          "resource_id_");

  /** Columns that hold a case number. */
  private static final Set<String> CASE_NUMBERS = Set.of("business_key_", "text_", "case_number");

  /** Columns a copy leaves empty: a job's lock belongs to the node that took it. */
  private static final Set<String> CLEARED = Set.of("lock_owner_", "lock_exp_time_");

  /** Closed cases: outbound cases whose process has ended (the generator's closed path). */
  static final String CLOSED =
      "proc_def_key_ = 'avrr-outbound' AND end_time_ IS NOT NULL AND id_ = root_proc_inst_id_";

  /** Open cases of both flows. */
  static final String OPEN =
      "proc_def_key_ IN ('avrr-outbound', 'avrr-inbound') AND end_time_ IS NULL"
          + " AND id_ = root_proc_inst_id_";

  private static final String ORIGINAL = " AND id_ NOT LIKE '%" + MARK + "______'";
  private static final String COPY = " AND id_ LIKE '%" + MARK + "______'";

  private OfficeCopies() {}

  /** Cases of a kind ({@link #CLOSED} or {@link #OPEN}) the models made, not copies. */
  static long originals(Database database, String kind) throws Exception {
    return OfficeData.count(
        database, "SELECT count(*) FROM act_hi_procinst WHERE " + kind + ORIGINAL);
  }

  /**
   * Copies open and closed cases until the database holds {@code open} and {@code closed} of them,
   * then moves the case number sequence beyond the copies.
   *
   * <p>Inserting millions of rows into tables with a dozen indexes each is what a copy costs (every
   * row touches every index, on PostgreSQL's default 128 MB of buffers): the indexes the copying
   * does not read are dropped before and built again after, which takes minutes where keeping them
   * took most of an hour. Their definitions are kept in {@code bench_copy_indexes} meanwhile, so an
   * interrupted run builds them on its next start.
   */
  static void fill(Bench bench, Database database, long open, long closed) throws Exception {
    dropIndexes(database);
    fill(bench, database, OPEN, open);
    fill(bench, database, CLOSED, closed);
    long started = System.nanoTime();
    buildIndexes(database);
    bench.log(
        String.format(
            "office copies: indexes built again in %.0f s", (System.nanoTime() - started) / 1e9));
    advanceCaseNumbers(database);
  }

  /** Which indexes the copying itself reads (it finds a case's rows by process instance). */
  private static final String READ_BY_COPYING =
      "indexdef ~ '\\((root_proc_inst_id_|proc_inst_id_|process_instance_id_)\\)'";

  private static void dropIndexes(Database database) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      sql.execute(
          "CREATE TABLE IF NOT EXISTS bench_copy_indexes (name VARCHAR(200) PRIMARY KEY, definition TEXT)");
      sql.execute(
          "INSERT INTO bench_copy_indexes SELECT indexname, indexdef FROM pg_indexes"
              + " WHERE schemaname = current_schema()"
              + " AND (tablename LIKE 'act_hi_%' OR tablename LIKE 'act_ru_%' OR tablename = 'act_ge_bytearray')"
              + " AND indexdef NOT LIKE 'CREATE UNIQUE%' AND NOT "
              + READ_BY_COPYING
              + " ON CONFLICT DO NOTHING");
      List<String> names = new ArrayList<>();
      try (ResultSet saved = sql.executeQuery("SELECT name FROM bench_copy_indexes")) {
        while (saved.next()) {
          names.add(saved.getString(1));
        }
      }
      for (String name : names) {
        sql.execute("DROP INDEX IF EXISTS " + name);
      }
      connection.commit();
    }
  }

  private static void buildIndexes(Database database) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("SET maintenance_work_mem = '1GB'");
      Map<String, String> saved = new LinkedHashMap<>();
      try (ResultSet rows = sql.executeQuery("SELECT name, definition FROM bench_copy_indexes")) {
        while (rows.next()) {
          saved.put(rows.getString(1), rows.getString(2));
        }
      }
      for (Map.Entry<String, String> index : saved.entrySet()) {
        sql.execute(index.getValue().replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
        sql.execute("DELETE FROM bench_copy_indexes WHERE name = '" + index.getKey() + "'");
      }
      sql.execute("DROP TABLE bench_copy_indexes");
    }
  }

  /**
   * Copies the originals of {@code kind} until the database holds {@code wanted} cases of it; the
   * closed ones a year further back per copy.
   */
  private static void fill(Bench bench, Database database, String kind, long wanted)
      throws Exception {
    boolean closed = kind.equals(CLOSED);
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      long originals = originals(database, kind);
      if (originals == 0) {
        throw new IllegalStateException("no " + (closed ? "closed" : "open") + " cases to copy");
      }
      List<Table> tables = tables(connection);
      while (true) {
        long have =
            OfficeData.count(database, "SELECT count(*) FROM act_hi_procinst WHERE " + kind);
        if (have >= wanted) {
          return;
        }
        int copy = lastCopy(database) + 1;
        int yearsBack = closed ? copiesOf(database, kind) + 1 : 0;
        long started = System.nanoTime();
        copyOnce(connection, tables, kind, Math.min(originals, wanted - have), copy, yearsBack);
        connection.commit();
        bench.log(
            String.format(
                "office copies: copy %d of %d %s cases%s in %.0f s",
                copy,
                Math.min(originals, wanted - have),
                closed ? "closed" : "open",
                closed ? ", " + yearsBack + " years back" : "",
                (System.nanoTime() - started) / 1e9));
      }
    }
  }

  /** After copying: the case number sequence beyond every copy's numbers. */
  private static void advanceCaseNumbers(Database database) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      long next = (lastCopy(database) + 1L) * SERIAL_STRIDE;
      sql.execute(
          "SELECT setval('avrr_case_number_seq', greatest("
              + next
              + ", last_value)) FROM avrr_case_number_seq");
    }
  }

  private static void copyOnce(
      Connection connection, List<Table> tables, String kind, long cases, int copy, int yearsBack)
      throws SQLException {
    try (Statement sql = connection.createStatement()) {
      // The copied rows are consistent by construction (the originals' rows, keys moved alike):
      // foreign keys are not checked row by row, which took most of a copy's time.
      sql.execute("SET LOCAL session_replication_role = replica");
      long highestSerial;
      sql.execute(
          "CREATE TEMP TABLE bench_copy_roots ON COMMIT DROP AS SELECT id_ FROM act_hi_procinst WHERE "
              + kind
              + ORIGINAL
              + " ORDER BY start_time_ LIMIT "
              + cases);
      sql.execute(
          "CREATE TEMP TABLE bench_copy_instances ON COMMIT DROP AS SELECT id_ FROM act_hi_procinst"
              + " WHERE root_proc_inst_id_ IN (SELECT id_ FROM bench_copy_roots)");
      // Each copied case's number and its copy's, joined to every row that holds one.
      sql.execute(
          "CREATE TEMP TABLE bench_copy_cases ON COMMIT DROP AS SELECT business_key_ AS case_number, "
              + movedCaseNumber("business_key_", copy, yearsBack)
              + " AS copied FROM act_hi_procinst WHERE id_ IN (SELECT id_ FROM bench_copy_roots)"
              + " AND business_key_ IS NOT NULL");
      // What the case's runtime and history point at: its process instances and tasks (an
      // authorization's resource) and the byte arrays of its variables and failed jobs.
      sql.execute(
          "CREATE TEMP TABLE bench_copy_ids ON COMMIT DROP AS"
              + " SELECT id_ FROM bench_copy_instances"
              + " UNION SELECT id_ FROM act_hi_taskinst WHERE root_proc_inst_id_ IN (SELECT id_ FROM bench_copy_roots)");
      sql.execute(
          "CREATE TEMP TABLE bench_copy_bytes ON COMMIT DROP AS"
              + " SELECT id_ FROM act_ge_bytearray WHERE root_proc_inst_id_ IN (SELECT id_ FROM bench_copy_roots)"
              + " UNION SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ IN (SELECT id_ FROM bench_copy_instances) AND bytearray_id_ IS NOT NULL"
              + " UNION SELECT exception_stack_id_ FROM act_ru_job WHERE process_instance_id_ IN (SELECT id_ FROM bench_copy_instances) AND exception_stack_id_ IS NOT NULL"
              + " UNION SELECT error_details_id_ FROM act_ru_ext_task WHERE proc_inst_id_ IN (SELECT id_ FROM bench_copy_instances) AND error_details_id_ IS NOT NULL");
      for (String temp :
          List.of(
              "bench_copy_roots",
              "bench_copy_instances",
              "bench_copy_cases",
              "bench_copy_ids",
              "bench_copy_bytes")) {
        sql.execute("ANALYZE " + temp);
      }
      try (ResultSet highest =
          sql.executeQuery(
              "SELECT coalesce(max(split_part(case_number, '-', 3)::bigint), 0) FROM bench_copy_cases"
                  + " WHERE case_number ~ '^[A-Za-z]+-[0-9]{4}-[0-9]{6}$'")) {
        highest.next();
        highestSerial = highest.getLong(1);
      }
      if (highestSerial >= SERIAL_STRIDE || (copy + 1) * SERIAL_STRIDE > 999_999) {
        throw new IllegalStateException(
            "case serials up to "
                + highestSerial
                + " and copy "
                + copy
                + " do not fit six digits with a copy stride of "
                + SERIAL_STRIDE);
      }
      for (Table table : tables) {
        String which = table.rowsOfTheCopiedCases();
        if (which == null) {
          continue;
        }
        String caseNumbers = table.caseNumberColumn();
        sql.execute(
            "INSERT INTO "
                + table.name()
                + " ("
                + String.join(", ", table.columns().keySet())
                + ") SELECT "
                + table.copiedValues(copy, yearsBack)
                + " FROM "
                + table.name()
                + " t"
                + (caseNumbers == null
                    ? ""
                    : " LEFT JOIN bench_copy_cases n ON n.case_number = t." + caseNumbers)
                + " WHERE "
                + which);
      }
    }
  }

  /**
   * A case number {@code prefix-year-serial} in copy {@code copy}: the serial moved by the copy's
   * stride, the year by the copy's years back.
   */
  private static String movedCaseNumber(String column, int copy, int yearsBack) {
    return "CASE WHEN "
        + column
        + " ~ '^[A-Za-z]+-[0-9]{4}-[0-9]{6}$' THEN split_part("
        + column
        + ", '-', 1) || '-' || (split_part("
        + column
        + ", '-', 2)::int - "
        + yearsBack
        + ") || '-' || lpad((split_part("
        + column
        + ", '-', 3)::bigint + "
        + copy * SERIAL_STRIDE
        + ")::text, 6, '0') ELSE "
        + column
        + " || '~"
        + copy
        + "' END";
  }

  /** The number of the last copy made, 0 if none. */
  private static int lastCopy(Database database) throws Exception {
    return (int)
        OfficeData.count(
            database,
            "SELECT coalesce(max(right(id_, 6)::int), 0) FROM act_hi_procinst WHERE id_ = root_proc_inst_id_"
                + COPY);
  }

  /** How many copies of {@code kind} have been made. */
  private static int copiesOf(Database database, String kind) throws Exception {
    return (int)
        OfficeData.count(
            database,
            "SELECT count(DISTINCT right(id_, 6)) FROM act_hi_procinst WHERE " + kind + COPY);
  }

  /** The engine's and our tables, with their columns and types. */
  private static List<Table> tables(Connection connection) throws SQLException {
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND (table_name LIKE 'act_%' OR table_name LIKE 'avrr_%')"
                    + " ORDER BY table_name, ordinal_position")) {
      while (rows.next()) {
        columns
            .computeIfAbsent(rows.getString(1), name -> new LinkedHashMap<>())
            .put(rows.getString(2), rows.getString(3));
      }
    }
    List<Table> tables = new ArrayList<>();
    columns.forEach((name, typed) -> tables.add(new Table(name, typed)));
    // What foreign keys point at first (a table's rows pointing at each other are checked at the
    // end of their one INSERT).
    List<String> referenced = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task");
    tables.sort(
        java.util.Comparator.comparingInt(
            table ->
                referenced.contains(table.name())
                    ? referenced.indexOf(table.name())
                    : referenced.size()));
    return tables;
  }

  private record Table(String name, Map<String, String> columns) {

    /** The condition selecting the copied cases' rows, or null for a table cases do not write. */
    String rowsOfTheCopiedCases() {
      return switch (name) {
        case "act_ge_bytearray" -> "t.id_ IN (SELECT id_ FROM bench_copy_bytes)";
        case "act_ru_identitylink" -> "t.task_id_ IN (SELECT id_ FROM bench_copy_ids)";
        case "act_ru_authorization" -> "t.resource_id_ IN (SELECT id_ FROM bench_copy_ids)";
        case "act_ru_job" -> "t.process_instance_id_ IN (SELECT id_ FROM bench_copy_instances)";
        case "avrr_touchpoint_exchange", "avrr_callback_inbox", "avrr_referral" ->
            "t.case_number IN (SELECT case_number FROM bench_copy_cases)";
        default -> {
          if (name.startsWith("act_hi_") && columns.containsKey("root_proc_inst_id_")) {
            yield "t.root_proc_inst_id_ IN (SELECT id_ FROM bench_copy_roots)";
          }
          if (name.startsWith("act_ru_") && columns.containsKey("proc_inst_id_")) {
            yield "t.proc_inst_id_ IN (SELECT id_ FROM bench_copy_instances)";
          }
          yield null;
        }
      };
    }

    /** The column holding a case number, if the table has one. */
    String caseNumberColumn() {
      List<String> found = CASE_NUMBERS.stream().filter(columns::containsKey).toList();
      if (found.size() > 1) {
        throw new IllegalStateException(name + " holds case numbers in " + found);
      }
      return found.isEmpty() ? null : found.get(0);
    }

    /** Every column's value in the copy ({@code t} the original row, {@code n} its case). */
    String copiedValues(int copy, int yearsBack) {
      List<String> values = new ArrayList<>();
      columns.forEach(
          (name, type) -> {
            String column = "t." + name;
            if (this.name.startsWith("avrr_")) {
              values.add(ours(name, type, copy, yearsBack));
            } else if (CLEARED.contains(name)) {
              values.add("NULL");
            } else if (INSTANCE_IDS.contains(name)) {
              values.add(
                  "CASE WHEN "
                      + column
                      + " ~ '-[0-9a-f]{12}$' THEN left("
                      + column
                      + ", length("
                      + column
                      + ") - 12) || '"
                      + MARK
                      + String.format("%06d", copy)
                      + "' ELSE "
                      + column
                      + " END");
            } else if (CASE_NUMBERS.contains(name)) {
              values.add("coalesce(n.copied, " + column + ")");
            } else {
              values.add(shifted(column, type, yearsBack));
            }
          });
      return String.join(", ", values);
    }

    /** Our tables: a bigserial id is the database's, keys that name the case follow it. */
    private String ours(String column, String type, int copy, int yearsBack) {
      return switch (column) {
        case "id" -> "nextval(pg_get_serial_sequence('" + name + "', 'id'))";
        case "case_number" -> "n.copied";
        case "idempotency_key", "request_key" ->
            "replace(t." + column + ", t.case_number, n.copied) || '~" + copy + "'";
        case "mission_reference" -> "t.mission_reference || '~" + copy + "'";
        default -> shifted("t." + column, type, yearsBack);
      };
    }

    private static String shifted(String column, String type, int yearsBack) {
      if (yearsBack > 0 && type.startsWith("timestamp")) {
        return column + " - interval '" + yearsBack + " years'";
      }
      return column;
    }
  }
}
