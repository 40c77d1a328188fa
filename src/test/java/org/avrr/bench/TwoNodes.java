package org.avrr.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.bench.Results.Target;

/**
 * 5. Two nodes on one PostgreSQL, as a large office runs them: the same intakes (start form to
 * screening, the Ministry's status check by the job executor) from as many clients as can work at
 * once, for a while, on one node and then on two (job executors on both, clients spread over them).
 * Throughput side by side, and what must never happen: an authority asked twice for the same
 * request (the benchmark's Ministry counts requests per idempotency key), a user's action refused
 * because of a concurrent update, a job failing.
 */
final class TwoNodes {

  static final String SECTION = "5. Two nodes on one PostgreSQL (job executor on both)";

  private TwoNodes() {}

  record Outcome(
      double casesPerSecond,
      long duplicates,
      long failedActions,
      long concurrencyFailures,
      long failedJobs) {}

  static void run(Bench bench) throws Exception {
    if (!bench.options().db().equals("postgres")) {
      bench.results().note("Two nodes run on PostgreSQL only (--db=postgres).");
      return;
    }
    int clients = bench.options().number("nodes-clients", 8);
    Duration duration = Duration.ofSeconds(bench.options().number("nodes-seconds", 180));
    Map<String, List<Double>> figures = new TreeMap<>();
    for (int run = 1; run <= bench.options().runs(); run++) {
      for (int nodes : List.of(1, 2)) {
        Outcome outcome = measure(bench, run, nodes, clients, duration);
        bench.log(
            String.format(
                "run %d, %d node(s): %.2f cases/s, %d duplicate requests, %d failed actions (%d from concurrent updates), %d failed jobs",
                run,
                nodes,
                outcome.casesPerSecond(),
                outcome.duplicates(),
                outcome.failedActions(),
                outcome.concurrencyFailures(),
                outcome.failedJobs()));
        String n = nodes + "";
        put(figures, n + "|rate", outcome.casesPerSecond());
        put(figures, n + "|duplicates", outcome.duplicates());
        put(figures, n + "|failed", outcome.failedActions());
        put(figures, n + "|locking", outcome.concurrencyFailures());
        put(figures, n + "|jobs", outcome.failedJobs());
      }
    }
    Results results = bench.results();
    String load = clients + " clients as fast as they can, " + duration.toSeconds() + " s";
    results.add(
        SECTION, "intakes per second, one node", load, "cases/s", figures.get("1|rate"), null);
    results.add(
        SECTION, "intakes per second, two nodes", load, "cases/s", figures.get("2|rate"), null);
    List<Double> ratio = new ArrayList<>();
    for (int i = 0; i < figures.get("1|rate").size(); i++) {
      ratio.add(figures.get("2|rate").get(i) / figures.get("1|rate").get(i));
    }
    results.add(SECTION, "throughput, two nodes / one node", load, "×", ratio, null);
    for (String n : List.of("1", "2")) {
      String of = n.equals("1") ? "one node" : "two nodes";
      results.add(
          SECTION,
          "duplicate authority requests (same idempotency key accepted twice)",
          of,
          "",
          figures.get(n + "|duplicates"),
          Target.atMost(0, "0"));
      results.add(
          SECTION,
          "user actions failed",
          of,
          "",
          figures.get(n + "|failed"),
          Target.atMost(0, "0"));
      results.add(
          SECTION,
          "of which by a concurrent update (optimistic locking)",
          of,
          "",
          figures.get(n + "|locking"),
          Target.atMost(0, "0"));
      results.add(
          SECTION,
          "jobs that failed at least once",
          of,
          "",
          figures.get(n + "|jobs"),
          Target.atMost(0, "0"));
    }
    results.note(
        "Two nodes: the machine has 2 cores for both nodes, PostgreSQL and the benchmark, so a second"
            + " node adds no CPU here; the figure shows what sharing the work costs, not what a"
            + " second machine would add.");
  }

  private static Outcome measure(Bench bench, int run, int nodes, int clients, Duration duration)
      throws Exception {
    bench.outside().reset();
    Database database = bench.freshDatabase("two-nodes", run, nodes + "nodes");
    List<AppProcess> started = new ArrayList<>();
    try {
      for (int node = 1; node <= nodes; node++) {
        started.add(
            bench
                .apps()
                .ours(
                    "node" + node,
                    bench.work("two-nodes", run).resolve(nodes + "-nodes/node" + node),
                    database,
                    bench.outside(),
                    Map.of()));
      }
      Latencies latencies = new Latencies();
      AtomicLong done = new AtomicLong();
      AtomicLong locking = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long end = System.nanoTime() + duration.toNanos();
      for (int client = 0; client < clients; client++) {
        AppProcess node = started.get(client % nodes);
        pool.execute(
            () -> {
              OfficeHttp http = new OfficeHttp(node.baseUrl());
              http.recorder = latencies;
              CaseWalks walks = new CaseWalks(new Ours(http, bench.outside()));
              while (System.nanoTime() < end) {
                try {
                  walks.outbound(OutboundStage.STATUS_CHECK);
                  done.incrementAndGet();
                } catch (RuntimeException failure) {
                  latencies.error("case", failure);
                  String message = String.valueOf(failure.getMessage());
                  if (message.contains("ENGINE-03005") || message.contains("OptimisticLocking")) {
                    locking.incrementAndGet();
                  }
                }
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(duration.toSeconds() + 600, TimeUnit.SECONDS);
      double seconds = duration.toNanos() / 1e9;
      OfficeHttp operator = new OfficeHttp(started.get(0).baseUrl());
      long drainUntil = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (Surge.backlog(operator) > 0 && System.nanoTime() < drainUntil) {
        Surge.sleep(500);
      }
      latencies.firstErrors().forEach(error -> bench.log("  error: " + error));
      return new Outcome(
          done.get() / seconds,
          bench.outside().duplicateRequests(),
          latencies.errors(),
          locking.get(),
          Surge.failedJobs(operator));
    } finally {
      for (AppProcess node : started) {
        node.close();
      }
      database.drop();
    }
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
