package org.avrr.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.Results.Target;

/**
 * 4. Start and memory: our application as the README starts it (embedded default: sandbox
 * authorities, captured mail, demo users; no demo cases) against the bare engine (same Camunda,
 * Spring Boot, jars and JVM options, the same models, none of our code), alternating. Each run
 * starts both on a new database (first start: schema, deployment, our seeding) and again on that
 * database (restart): time to the first REST answer, the JVM's CPU seconds by then and its peak
 * resident memory a few seconds later. The demo office's seeding is measured apart.
 */
final class Startup {

  static final String SECTION =
      "4. Start and memory (ours vs the bare engine, same jars and JVM options)";

  private Startup() {}

  static void run(Bench bench) throws Exception {
    Map<String, List<Double>> figures = new TreeMap<>();
    for (int run = 1; run <= bench.options().runs(); run++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean isOurs = (turn == 0) == (run % 2 == 1);
        String app = isOurs ? "ours" : "bare";
        Database database = bench.freshDatabase("startup", run, app);
        for (String start : List.of("first start", "restart")) {
          try (AppProcess process = start(bench, isOurs, run, database)) {
            Thread.sleep(3_000);
            put(figures, start + "|ready|" + app, process.readyAfter().toMillis() / 1000.0);
            put(figures, start + "|cpu|" + app, process.cpuAtReady());
            put(figures, start + "|rss|" + app, process.peakRssMiB());
            bench.log(
                String.format(
                    "run %d %s %s: ready %.1f s, %.1f CPU s, peak RSS %.0f MiB",
                    run,
                    app,
                    start,
                    process.readyAfter().toMillis() / 1000.0,
                    process.cpuAtReady(),
                    process.peakRssMiB()));
          }
        }
        database.drop();
      }
      if (!bench.options().text("startup-demo", "true").equals("false")) {
        demoOffice(bench, run, figures);
      }
    }
    Results results = bench.results();
    for (String start : List.of("first start", "restart")) {
      for (String[] figure :
          new String[][] {
            {"ready", "to the first REST answer", "s"},
            {"cpu", "CPU by the first answer", "s"},
            {"rss", "peak resident memory", "MiB"}
          }) {
        List<Double> ours = figures.get(start + "|" + figure[0] + "|ours");
        List<Double> bare = figures.get(start + "|" + figure[0] + "|bare");
        results.add(SECTION, start + ": " + figure[1], "ours", figure[2], ours, null);
        results.add(SECTION, start + ": " + figure[1], "bare engine", figure[2], bare, null);
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
          ratio.add(ours.get(i) / bare.get(i));
        }
        results.add(
            SECTION,
            start + ": " + figure[1] + ", ours / bare",
            "",
            "×",
            ratio,
            Target.atMost(1.2, "≤ 1.2×"));
      }
    }
    if (figures.containsKey("demo|time")) {
      results.add(
          SECTION,
          "demo office: seeding the demo cases after the start",
          "ours, 8 cases",
          "s",
          figures.get("demo|time"),
          null);
      results.add(
          SECTION,
          "demo office: CPU while seeding",
          "ours, 8 cases",
          "s",
          figures.get("demo|cpu"),
          null);
    }
  }

  private static AppProcess start(Bench bench, boolean isOurs, int run, Database database)
      throws Exception {
    if (isOurs) {
      return bench
          .apps()
          .ours("ours", bench.work("startup", run).resolve("ours"), database, null, Map.of());
    }
    return bench
        .apps()
        .bare(
            "bare",
            bench.work("startup", run).resolve("bare"),
            database,
            Apps.BareMode.BARE,
            Map.of());
  }

  /** The embedded default's first start with its eight demo cases, seeded in the background. */
  private static void demoOffice(Bench bench, int run, Map<String, List<Double>> figures)
      throws Exception {
    Database database = bench.freshDatabase("startup", run, "demo");
    try (AppProcess process =
        bench
            .apps()
            .ours(
                "demo",
                bench.work("startup", run).resolve("demo"),
                database,
                null,
                Map.of("avrr.demo.cases", "8", "avrr.sandbox.callback-delay", "PT2S"))) {
      long ready = System.nanoTime();
      double cpu = process.cpuSeconds();
      CaseWalks.await(
          "the demo office seeded",
          () -> {
            try {
              return Files.readString(process.log()).contains("Demo office: 8 demo cases seeded")
                  ? true
                  : null;
            } catch (java.io.IOException e) {
              return null;
            }
          });
      put(figures, "demo|time", (System.nanoTime() - ready) / 1e9);
      put(figures, "demo|cpu", process.cpuSeconds() - cpu);
    }
    database.drop();
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
