package org.avrr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.CaseWalks.InboundStage;
import org.avrr.bench.CaseWalks.OutboundStage;

/**
 * An office after years, on PostgreSQL: closed cases with their full history and open cases at
 * every stage of both flows. A sample of each (by default 1,000 open and 10,000 closed) is made
 * through the real models by the benchmark's walks (start forms, task forms, callbacks, the job
 * executor); the rest are copies of the sample's rows with their own ids, case numbers and, for
 * closed cases, years ({@link OfficeCopies}). Making it takes about an hour and a half, so the
 * result is kept as a {@code pg_dump} outside the repository ({@code --data-dir}, by default {@code
 * ~/.cache/avrr-bench}) and restored in minutes by the next run. Generation can be interrupted: the
 * next run goes on where the database stands.
 */
final class OfficeData {

  /**
   * Changes when the walks or the mix change, so an old dump is not taken for a new one (v3: the
   * reports' statistics records of every case, the copies' rebuilt from their history).
   */
  static final String VERSION = "v3";

  /** The open cases' stages, in the proportions of an office's desks on an ordinary day. */
  private static final List<Object> OPEN_MIX =
      List.of(
          OutboundStage.FIRST_CONTACT,
          OutboundStage.FIRST_CONTACT,
          OutboundStage.FIRST_CONTACT,
          OutboundStage.COUNSELLING,
          OutboundStage.COUNSELLING,
          OutboundStage.SCREENING,
          OutboundStage.TRAVEL_DOCUMENT,
          OutboundStage.TRAVEL_DOCUMENT,
          OutboundStage.EXIT_CLEARANCE,
          OutboundStage.EXIT_CLEARANCE,
          OutboundStage.ROUTE,
          OutboundStage.BOOKING,
          OutboundStage.PRE_EMBARKATION,
          OutboundStage.DEPARTURE,
          OutboundStage.ARRIVAL,
          OutboundStage.REINTEGRATION_ASSESSMENT,
          OutboundStage.PLAN_DRAFT,
          OutboundStage.PLAN_APPROVAL,
          OutboundStage.INSTALMENT,
          OutboundStage.MONITORING,
          OutboundStage.MONITORING,
          OutboundStage.CLOSURE,
          InboundStage.RECEPTION,
          InboundStage.DEPARTURE,
          InboundStage.ARRIVAL,
          InboundStage.REINTEGRATION_ASSESSMENT,
          InboundStage.PLAN_APPROVAL,
          InboundStage.INSTALMENT,
          InboundStage.MONITORING,
          InboundStage.MONITORING);

  private OfficeData() {}

  record Size(int open, int closed) {
    String key() {
      return "office-" + VERSION + "-open" + open + "-closed" + closed;
    }
  }

  /**
   * A database {@code name} holding the office of {@code size}: restored from its dump, or made
   * (then dumped), and analysed, as an operator's database would be.
   */
  static Database prepare(Bench bench, Size size, String name) throws Exception {
    Path dataDir =
        Path.of(
            bench
                .options()
                .text("data-dir", System.getProperty("user.home") + "/.cache/avrr-bench"));
    Files.createDirectories(dataDir);
    Path dump = dataDir.resolve(size.key() + ".dump");
    if (!Files.exists(dump)) {
      Database generated = generate(bench, size);
      if (bench.options().text("office-dump", "true").equals("false")) {
        // Measured where it was made: no rerun will restore it (a dump of tens of GB and its
        // restore take longer than the measurement).
        Database database = generated.renameTo(name);
        analyse(database);
        bench.log("office " + size.key() + " generated, measured without a dump");
        return database;
      }
      Path partial = dataDir.resolve(size.key() + ".dump.partial");
      run(
          bench,
          "pg_dump",
          "-Fc",
          "-h",
          Database.PG_HOST,
          "-p",
          Database.PG_PORT,
          "-U",
          Database.PG_USER,
          "-f",
          partial.toString(),
          generated.name());
      Files.move(partial, dump, StandardCopyOption.REPLACE_EXISTING);
      generated.drop();
    }
    Database database = Database.freshPostgres(name);
    long started = System.nanoTime();
    run(
        bench,
        "pg_restore",
        "--no-owner",
        "-j",
        "2",
        "-h",
        Database.PG_HOST,
        "-p",
        Database.PG_PORT,
        "-U",
        Database.PG_USER,
        "-d",
        database.name(),
        dump.toString());
    analyse(database);
    bench.log(
        String.format(
            "office %s restored from %s in %.0f s",
            size.key(), dump, (System.nanoTime() - started) / 1e9));
    return database;
  }

  /**
   * Makes the cases still missing in the generation database: walks the sample of open, then of
   * closed cases through the application, 4 clients at a time, then copies them to the office's
   * size ({@link OfficeCopies}).
   */
  private static Database generate(Bench bench, Size size) throws Exception {
    Database database = Database.postgres("avrr_bench_office_generation");
    try (Connection admin = Database.adminConnection();
        Statement sql = admin.createStatement();
        ResultSet exists =
            sql.executeQuery(
                "SELECT 1 FROM pg_database WHERE datname = '" + database.name() + "'")) {
      if (!exists.next()) {
        sql.execute("CREATE DATABASE " + database.name());
      }
    }
    Path directory = bench.options().out().resolve("work/office-generation");
    // The cases walked through the real models; the rest are copies of them (OfficeCopies).
    long walkOpen = Math.min(size.open(), bench.options().number("office-walked-open", 1_000));
    long walkClosed =
        Math.min(size.closed(), bench.options().number("office-walked-closed", 10_000));
    try (AppProcess ours =
        bench.apps().ours("generator", directory, database, bench.outside(), Map.of())) {
      long closed = OfficeCopies.originals(database, OfficeCopies.CLOSED);
      long open = OfficeCopies.originals(database, OfficeCopies.OPEN);
      bench.log(
          "office generation: "
              + closed
              + " of "
              + walkClosed
              + " closed and "
              + open
              + " of "
              + walkOpen
              + " open cases walked so far");
      int clients = bench.options().number("generation-clients", 4);
      ThreadLocal<CaseWalks> walks =
          ThreadLocal.withInitial(
              () ->
                  new CaseWalks(new Ours(new OfficeHttp(ours.baseUrl()), bench.outside()), false));
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      AtomicLong made = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      long started = System.nanoTime();
      List<Runnable> work = new ArrayList<>();
      for (long i = open; i < walkOpen; i++) {
        Object stage = OPEN_MIX.get((int) (i % OPEN_MIX.size()));
        work.add(
            () -> {
              if (stage instanceof OutboundStage outbound) {
                walks.get().outbound(outbound);
              } else {
                walks.get().inbound((InboundStage) stage);
              }
            });
      }
      // The closed cases after the open ones: an office's open cases are what its users' lists
      // show, so an interrupted generation has them all and only lacks closed history.
      for (long i = closed; i < walkClosed; i++) {
        work.add(() -> walks.get().outboundWithoutConsent());
      }
      for (Runnable walk : work) {
        pool.execute(
            () -> {
              try {
                walk.run();
              } catch (RuntimeException e) {
                if (failed.incrementAndGet() <= 10) {
                  bench.log("office generation: a case failed: " + e.getMessage());
                }
              }
              long done = made.incrementAndGet();
              if (done % 1000 == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                bench.log(
                    String.format(
                        "office generation: %d of %d cases in %.0f s (%.1f/s)",
                        done, work.size(), seconds, done / seconds));
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(24, TimeUnit.HOURS);
      if (failed.get() > 0) {
        throw new IllegalStateException(
            failed.get() + " generated cases failed; run again to make them");
      }
      // Let the job executor finish what the last cases left (status checks, mails).
      OfficeHttp operator = new OfficeHttp(ours.baseUrl());
      while (Surge.backlog(operator) > 0) {
        Surge.sleep(1_000);
      }
    }
    // With the application stopped: no job runs while its case is copied.
    OfficeCopies.fill(bench, database, size.open(), size.closed());
    statisticsOfTheCopies(bench, database, directory);
    return database;
  }

  /**
   * The copies have history but no statistics record (the reports' table is not copied): the
   * application rebuilds them from their history after it starts, as for an office upgrading
   * (CaseStatisticsBackfill). Waited for here, so that no measurement runs beside it.
   */
  private static void statisticsOfTheCopies(Bench bench, Database database, Path directory)
      throws Exception {
    String missing =
        "SELECT count(*) FROM act_hi_procinst p WHERE p.proc_def_key_ IN"
            + " ('avrr-outbound', 'avrr-inbound') AND NOT EXISTS (SELECT 1 FROM"
            + " avrr_case_statistics s WHERE s.case_instance_id = p.id_)";
    long started = System.nanoTime();
    try (AppProcess ours =
        bench
            .apps()
            .ours(
                "statistics",
                directory.resolve("statistics"),
                database,
                bench.outside(),
                Map.of("camunda.bpm.job-execution.enabled", "false"))) {
      long left = count(database, missing);
      long before = Long.MAX_VALUE;
      while (left > 0) {
        if (left == before) {
          // No progress in a minute: cases whose history cannot be rebuilt (logged by the app).
          bench.log("office generation: " + left + " cases' statistics not rebuilt");
          break;
        }
        before = left;
        Surge.sleep(60_000);
        left = count(database, missing);
        bench.log("office generation: " + left + " cases' statistics records still to rebuild");
      }
    }
    bench.log(
        String.format(
            "office generation: statistics records rebuilt in %.0f s",
            (System.nanoTime() - started) / 1e9));
  }

  static void analyse(Database database) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("ANALYZE");
    }
  }

  static long count(Database database, String query) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    } catch (java.sql.SQLException noTablesYet) {
      return 0;
    }
  }

  private static void run(Bench bench, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    if (!output.isBlank()) {
      bench.log(output.strip());
    }
  }
}
