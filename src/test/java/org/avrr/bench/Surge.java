package org.avrr.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.bench.Results.Target;

/**
 * 2. Surge, as the seeds describe it (about 120 applications at one crossing in a day, most of a
 * year's returns in one month): first a burst of applications through the start form from four
 * counsellors' desks, then a sustained rate of whole intakes (start form, first contact,
 * counselling, declaration, screening, then the Ministry's status check by the job executor), while
 * other counsellors keep their Tasklist open on "My group's tasks". Arrivals are paced (open loop):
 * a slow application does not slow the arrivals down, it makes a queue, as at a border.
 */
final class Surge {

  static final String SECTION = "2. Surge (start forms and intakes while counsellors use Tasklist)";

  private Surge() {}

  /** One phase's load: how many cases, over how long, and what each case is. */
  record Phase(String name, int cases, Duration over, int clients, OutboundStage walkTo) {
    double perSecond() {
      return cases / (over.toMillis() / 1000.0);
    }
  }

  /** What one phase measured. */
  record Measured(
      double achievedPerSecond,
      double startP50,
      double startP95,
      double filterP50,
      double filterP95,
      double filterP99,
      long errors,
      long maxBacklog,
      double drainSeconds,
      List<String> firstErrors) {}

  static void run(Bench bench) throws Exception {
    Benchmark.Options options = bench.options();
    Phase burst =
        new Phase(
            "burst",
            options.number("surge-burst-cases", 500),
            Duration.ofSeconds(options.number("surge-burst-seconds", 300)),
            4,
            OutboundStage.FIRST_CONTACT);
    int perHour = options.number("surge-per-hour", 10_000);
    int minutes = options.number("surge-minutes", 10);
    Phase sustained =
        new Phase(
            "sustained",
            perHour * minutes / 60,
            Duration.ofMinutes(minutes),
            options.number("surge-clients", 16),
            OutboundStage.STATUS_CHECK);
    Map<String, List<Double>> figures = new TreeMap<>();
    int runs = options.number("surge-runs", options.runs());
    for (int run = 1; run <= runs; run++) {
      bench.outside().reset();
      Database database = bench.freshDatabase("surge", run, "ours");
      try (AppProcess ours =
          bench
              .apps()
              .ours(
                  "ours",
                  bench.work("surge", run).resolve("ours"),
                  database,
                  bench.outside(),
                  Map.of())) {
        // Warm the JVM with a few whole intakes before anything is measured.
        CaseWalks warm = new CaseWalks(new Ours(new OfficeHttp(ours.baseUrl()), bench.outside()));
        for (int i = 0; i < options.warmup(); i++) {
          warm.outbound(OutboundStage.STATUS_CHECK);
        }
        for (Phase phase : List.of(burst, sustained)) {
          Measured measured = measure(bench, ours, phase);
          bench.log(
              String.format(
                  "run %d %s: %d cases at %.2f/s asked, %.2f/s achieved; start p50 %.0f p95 %.0f ms;"
                      + " filter p50 %.0f p95 %.0f p99 %.0f ms; %d errors; job backlog max %d, drained in %.0f s",
                  run,
                  phase.name(),
                  phase.cases(),
                  phase.perSecond(),
                  measured.achievedPerSecond(),
                  measured.startP50(),
                  measured.startP95(),
                  measured.filterP50(),
                  measured.filterP95(),
                  measured.filterP99(),
                  measured.errors(),
                  measured.maxBacklog(),
                  measured.drainSeconds()));
          measured.firstErrors().forEach(error -> bench.log("  error: " + error));
          String p = phase.name();
          put(figures, p + "|rate", measured.achievedPerSecond());
          put(figures, p + "|start50", measured.startP50());
          put(figures, p + "|start95", measured.startP95());
          put(figures, p + "|filter50", measured.filterP50());
          put(figures, p + "|filter95", measured.filterP95());
          put(figures, p + "|filter99", measured.filterP99());
          put(figures, p + "|errors", measured.errors());
          put(figures, p + "|backlog", measured.maxBacklog());
          put(figures, p + "|drain", measured.drainSeconds());
        }
      }
      database.drop();
    }
    Results results = bench.results();
    for (Phase phase : List.of(burst, sustained)) {
      String p = phase.name();
      String of =
          String.format(
              "%s: %d cases in %d s, %d clients",
              p, phase.cases(), phase.over().toSeconds(), phase.clients());
      results.add(
          SECTION,
          "throughput achieved (asked " + Results.number(phase.perSecond()) + "/s)",
          of,
          "cases/s",
          figures.get(p + "|rate"),
          Target.atLeast(phase.perSecond() * 0.95, "≥ 95% of the rate asked"));
      results.add(SECTION, "start form answered, p50", of, "ms", figures.get(p + "|start50"), null);
      results.add(SECTION, "start form answered, p95", of, "ms", figures.get(p + "|start95"), null);
      results.add(
          SECTION,
          "\"My group's tasks\" during the load, p50",
          of,
          "ms",
          figures.get(p + "|filter50"),
          null);
      results.add(
          SECTION,
          "\"My group's tasks\" during the load, p95",
          of,
          "ms",
          figures.get(p + "|filter95"),
          null);
      results.add(
          SECTION,
          "\"My group's tasks\" during the load, p99",
          of,
          "ms",
          figures.get(p + "|filter99"),
          null);
      results.add(
          SECTION,
          "errors (failed user actions and calls)",
          of,
          "",
          figures.get(p + "|errors"),
          Target.atMost(0, "0"));
      results.add(
          SECTION,
          "job backlog, most waiting at once",
          of,
          "jobs",
          figures.get(p + "|backlog"),
          null);
      results.add(
          SECTION,
          "job backlog drained after the last arrival",
          of,
          "s",
          figures.get(p + "|drain"),
          null);
    }
    results.note(
        "Surge: arrivals paced at the rate asked (open loop); each sustained case is the start form,"
            + " first contact, counselling, declaration and screening through Tasklist, then the"
            + " assessments' join, the Ministry's status check and the eligibility rules in the job"
            + " executor. Two counsellors list \"My group's tasks\" every 2 s meanwhile; the job"
            + " backlog (jobs due now) is sampled every 2 s.");
  }

  /** Paces the phase's cases over its clients, with Tasklist viewers and a backlog sampler. */
  static Measured measure(Bench bench, AppProcess app, Phase phase) throws Exception {
    return measure(bench, List.of(app), phase);
  }

  /** As {@link #measure(Bench, AppProcess, Phase)}, the arrivals spread over several nodes. */
  static Measured measure(Bench bench, List<AppProcess> nodes, Phase phase) throws Exception {
    Latencies latencies = new Latencies();
    ThreadLocal<CaseWalks> walks =
        ThreadLocal.withInitial(
            () -> {
              int node = (int) (Thread.currentThread().getId() % nodes.size());
              OfficeHttp http = new OfficeHttp(nodes.get(node).baseUrl());
              http.recorder = latencies;
              return new CaseWalks(new Ours(http, bench.outside()));
            });
    ExecutorService clients = Executors.newFixedThreadPool(phase.clients());
    ScheduledExecutorService pacer = Executors.newScheduledThreadPool(4);
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicLong maxBacklog = new AtomicLong();
    AtomicLong done = new AtomicLong();
    OfficeHttp operator = new OfficeHttp(nodes.get(0).baseUrl());
    List<Thread> viewers = new ArrayList<>();
    for (int viewer = 0; viewer < 2; viewer++) {
      OfficeHttp http = new OfficeHttp(nodes.get(viewer % nodes.size()).baseUrl());
      http.recorder = latencies;
      viewers.add(
          started(
              "tasklist viewer " + viewer,
              () -> {
                OfficeHttp.Session counsellor = http.tasklist("counsellor");
                String groupTasks = TasklistViews.filters(counsellor).get("My group's tasks");
                while (loading.get()) {
                  try {
                    TasklistViews.list(counsellor, groupTasks, "filter list");
                  } catch (RuntimeException failure) {
                    latencies.error("filter list", failure);
                  }
                  sleep(2_000);
                }
              }));
    }
    Thread sampler =
        started(
            "backlog sampler",
            () -> {
              while (loading.get()) {
                maxBacklog.accumulateAndGet(backlog(operator), Math::max);
                sleep(2_000);
              }
            });
    long intervalNanos = (long) (1e9 / phase.perSecond());
    long started = System.nanoTime();
    for (int i = 0; i < phase.cases(); i++) {
      long due = started + i * intervalNanos;
      pacer.schedule(
          () ->
              clients.execute(
                  () -> {
                    try {
                      walks.get().outbound(phase.walkTo());
                      done.incrementAndGet();
                    } catch (RuntimeException failure) {
                      latencies.error("case", failure);
                    }
                  }),
          Math.max(0, due - System.nanoTime()),
          TimeUnit.NANOSECONDS);
    }
    pacer.shutdown();
    pacer.awaitTermination(phase.over().toSeconds() + 60, TimeUnit.SECONDS);
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - started) / 1e9;
    long lastArrival = System.nanoTime();
    // The job executor may still be working through what the last cases left.
    while (backlog(operator) > 0
        && System.nanoTime() - lastArrival < Duration.ofMinutes(10).toNanos()) {
      sleep(500);
    }
    double drain = (System.nanoTime() - lastArrival) / 1e9;
    loading.set(false);
    for (Thread viewer : viewers) {
      viewer.join();
    }
    sampler.join();
    return new Measured(
        done.get() / seconds,
        latencies.percentile("start", 50),
        latencies.percentile("start", 95),
        latencies.percentile("filter list", 50),
        latencies.percentile("filter list", 95),
        latencies.percentile("filter list", 99),
        latencies.errors() + failedJobs(operator),
        maxBacklog.get(),
        drain,
        latencies.firstErrors());
  }

  /** Jobs due now and not yet run: what the job executor is behind by. */
  static long backlog(OfficeHttp operator) {
    try {
      return operator
          .restGet("admin", "/job/count?executable=true&messageJobs=true", "operator")
          .path("count")
          .asLong();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Jobs that failed at least once (an exception recorded): each is a fault to explain. */
  static long failedJobs(OfficeHttp operator) {
    return operator
        .restGet("admin", "/job/count?withException=true", "operator")
        .path("count")
        .asLong();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  static Thread started(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
