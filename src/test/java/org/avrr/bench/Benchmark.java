package org.avrr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of docs/performance.md: starts our application and its references, drives them
 * through HTTP as Tasklist, Cockpit, the missions and the authorities do, and writes every figure
 * to {@code target/bench/results.{csv,md}}. Run it with {@code ./mvnw -Pbench verify} (options:
 * {@code -Dbench.db=postgres}, {@code
 * -Dbench.scenarios=case-cost,startup,surge,office,two-nodes,reports}, {@code -Dbench.runs=3},
 * {@code -Dbench.args="--cases=5 ..."}).
 */
public final class Benchmark {

  /** What to measure, and how much. */
  record Options(
      String db,
      List<String> scenarios,
      int runs,
      int warmup,
      int cases,
      Path out,
      Path target,
      Map<String, String> more) {

    static Options parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
      Path target = Path.of(values.getOrDefault("target", "target")).toAbsolutePath();
      Options options =
          new Options(
              values.getOrDefault("db", "h2"),
              Arrays.stream(values.getOrDefault("scenarios", "case-cost,startup").split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList(),
              Integer.parseInt(values.getOrDefault("runs", "3")),
              Integer.parseInt(values.getOrDefault("warmup", "15")),
              Integer.parseInt(values.getOrDefault("cases", "10")),
              Path.of(values.getOrDefault("out", target.resolve("bench").toString()))
                  .toAbsolutePath(),
              target,
              values);
      if (!List.of("h2", "postgres").contains(options.db())) {
        throw new IllegalArgumentException("--db is h2 or postgres, not " + options.db());
      }
      return options;
    }

    int number(String name, int fallback) {
      return Integer.parseInt(more.getOrDefault(name, Integer.toString(fallback)));
    }

    String text(String name, String fallback) {
      return more.getOrDefault(name, fallback);
    }

    /** {@code --app-properties=a=1;b=2}: Spring properties for every application started. */
    Map<String, String> appProperties() {
      Map<String, String> properties = new LinkedHashMap<>();
      for (String pair : text("app-properties", "").split(";")) {
        if (pair.contains("=")) {
          properties.put(
              pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
      }
      return properties;
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      more.forEach((name, value) -> parts.add("--" + name + "=" + value));
      return String.join(" ", parts);
    }
  }

  /** Everything a scenario needs. */
  record Bench(Options options, Apps apps, Results results, OutsideWorld outside) {

    Path work(String scenario, int run) {
      return options.out().resolve("work").resolve(scenario).resolve("run-" + run);
    }

    /** A fresh database for one application of a run. */
    Database freshDatabase(String scenario, int run, String app) throws Exception {
      if (options.db().equals("postgres")) {
        return Database.freshPostgres(
            ("avrr_bench_" + scenario + "_" + run + "_" + app).replace('-', '_'));
      }
      Path directory = work(scenario, run).resolve(app).resolve("data");
      Apps.deleteTree(directory);
      return Database.h2(directory, "avrr");
    }

    void log(String message) {
      System.out.println("[bench] " + message);
      System.out.flush();
    }
  }

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    // A benchmark stopped (Ctrl-C, kill) takes the applications it started with it: one left
    // running would go on using the database and a port.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    Options options = Options.parse(args);
    Results results = run(options);
    long missed =
        results.figures().stream()
            .filter(f -> f.target() != null && !f.target().met(f.median()))
            .count();
    System.out.println(
        "[bench] wrote "
            + options.out().resolve("results.md")
            + " ("
            + results.figures().size()
            + " figures, "
            + missed
            + " targets not met)");
  }

  /**
   * Runs the scenarios asked for and writes the results; returns them (the smoke test reads them).
   */
  static Results run(Options options) throws Exception {
    Results results = new Results(options.describe());
    try (OutsideWorld outside = new OutsideWorld()) {
      Bench bench =
          new Bench(
              options,
              new Apps(options.target(), options.out(), options.appProperties()),
              results,
              outside);
      for (String scenario : options.scenarios()) {
        bench.log("scenario " + scenario);
        switch (scenario) {
          case "case-cost" -> CaseCost.run(bench);
          case "startup" -> Startup.run(bench);
          case "surge" -> Surge.run(bench);
          case "office" -> OfficeAfterYears.run(bench);
          case "two-nodes" -> TwoNodes.run(bench);
          case "faults" -> Faults.run(bench);
          case "reports" -> ReportsAtScale.run(bench);
          default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        results.write(options.out());
      }
    }
    results.write(options.out());
    return results;
  }
}
