package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.CaseWalks.InboundStage;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.bench.Results.Target;

/**
 * 1. Case cost: whole outbound and inbound cases, from the start form (or referral) to closure
 * after reintegration, on our application and on the reference (the same models on the bare engine,
 * every bean a no-op), both running, cases alternating between them. Per case: the wall time the
 * walk took and the CPU time the application's JVM spent. The reference must pass the same flow
 * nodes; the benchmark checks it on the first case of each flow and run.
 */
final class CaseCost {

  static final String SECTION =
      "1. Case cost (whole cases, ours vs the same models without our code)";

  private record Sample(double wallMs, double cpuMs) {}

  private record Flow(String name, Function<CaseWalks, String> walk) {}

  private static final List<Flow> ALL_FLOWS =
      List.of(
          new Flow("outbound", walks -> walks.outbound(OutboundStage.CLOSED)),
          new Flow("inbound", walks -> walks.inbound(InboundStage.CLOSED)));

  private CaseCost() {}

  static void run(Bench bench) throws Exception {
    List<String> asked = List.of(bench.options().text("flows", "outbound,inbound").split(","));
    List<Flow> FLOWS = ALL_FLOWS.stream().filter(flow -> asked.contains(flow.name())).toList();
    int runs = bench.options().runs();
    Map<String, List<Double>> perRun = new TreeMap<>();
    List<Double> mailsPerCase = new ArrayList<>();
    List<Double> requestsPerCase = new ArrayList<>();
    List<Double> duplicates = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      bench.outside().reset();
      try (AppProcess ours =
              bench
                  .apps()
                  .ours(
                      "ours",
                      bench.work("case-cost", run).resolve("ours"),
                      bench.freshDatabase("case-cost", run, "ours"),
                      bench.outside(),
                      Map.of());
          AppProcess reference =
              bench
                  .apps()
                  .bare(
                      "reference",
                      bench.work("case-cost", run).resolve("reference"),
                      bench.freshDatabase("case-cost", run, "reference"),
                      Apps.BareMode.REFERENCE_MODELS,
                      Map.of())) {
        Office oursOffice = new Ours(new OfficeHttp(ours.baseUrl()), bench.outside());
        Office referenceOffice = new Reference(new OfficeHttp(reference.baseUrl()), "RF");
        Latencies oursWaits = new Latencies();
        Latencies referenceWaits = new Latencies();
        IdentityMirror.copy(oursOffice.http(), referenceOffice.http());
        CaseWalks oursWalks = new CaseWalks(oursOffice);
        CaseWalks referenceWalks = new CaseWalks(referenceOffice);

        for (int i = 0; i < bench.options().warmup(); i++) {
          for (Flow flow : FLOWS) {
            flow.walk().apply(oursWalks);
            flow.walk().apply(referenceWalks);
          }
        }
        oursOffice.http().recorder = oursWaits;
        referenceOffice.http().recorder = referenceWaits;
        long mailsBefore = bench.outside().mails();
        long requestsBefore = bench.outside().requests();
        Map<String, List<Sample>> samples = new TreeMap<>();
        int oursCases = 0;
        for (int i = 0; i < bench.options().cases(); i++) {
          for (Flow flow : FLOWS) {
            // Alternate who goes first, so neither always meets a machine the other just warmed.
            boolean oursFirst = i % 2 == 0;
            String[] cases = new String[2];
            for (int turn = 0; turn < 2; turn++) {
              boolean isOurs = (turn == 0) == oursFirst;
              AppProcess app = isOurs ? ours : reference;
              CaseWalks walks = isOurs ? oursWalks : referenceWalks;
              double cpuBefore = app.cpuSeconds();
              long started = System.nanoTime();
              String caseNumber = flow.walk().apply(walks);
              double wallMs = (System.nanoTime() - started) / 1e6;
              double cpuMs = (app.cpuSeconds() - cpuBefore) * 1000;
              samples
                  .computeIfAbsent(
                      (isOurs ? "ours " : "reference ") + flow.name(), k -> new ArrayList<>())
                  .add(new Sample(wallMs, cpuMs));
              cases[isOurs ? 0 : 1] = caseNumber;
              // Each case's figures, in order: a trend (JIT compilation, caches filling) shows
              // here.
              bench.log(
                  String.format(
                      java.util.Locale.ROOT,
                      "run %d %s case %d %s: wall %.0f ms, CPU %.0f ms",
                      run,
                      flow.name(),
                      i + 1,
                      isOurs ? "ours" : "reference",
                      wallMs,
                      cpuMs));
              if (isOurs) {
                oursCases++;
              }
            }
            if (i == 0) {
              samePath(flow.name(), oursOffice.http(), cases[0], referenceOffice.http(), cases[1]);
            }
          }
        }
        logWaits(bench, run, oursWaits, referenceWaits);
        mailsPerCase.add((double) (bench.outside().mails() - mailsBefore) / oursCases);
        requestsPerCase.add((double) (bench.outside().requests() - requestsBefore) / oursCases);
        duplicates.add(
            (double) (bench.outside().duplicateRequests() + bench.outside().duplicateMails()));
        for (Flow flow : FLOWS) {
          List<Sample> oursSamples = samples.get("ours " + flow.name());
          List<Sample> referenceSamples = samples.get("reference " + flow.name());
          double oursWall = Stats.median(oursSamples.stream().map(Sample::wallMs).toList());
          double referenceWall =
              Stats.median(referenceSamples.stream().map(Sample::wallMs).toList());
          double oursCpu = Stats.median(oursSamples.stream().map(Sample::cpuMs).toList());
          double referenceCpu = Stats.median(referenceSamples.stream().map(Sample::cpuMs).toList());
          perRun.computeIfAbsent(flow.name() + "|wall|ours", k -> new ArrayList<>()).add(oursWall);
          perRun
              .computeIfAbsent(flow.name() + "|wall|reference", k -> new ArrayList<>())
              .add(referenceWall);
          perRun
              .computeIfAbsent(flow.name() + "|wall|ratio", k -> new ArrayList<>())
              .add(oursWall / referenceWall);
          perRun.computeIfAbsent(flow.name() + "|cpu|ours", k -> new ArrayList<>()).add(oursCpu);
          perRun
              .computeIfAbsent(flow.name() + "|cpu|reference", k -> new ArrayList<>())
              .add(referenceCpu);
          perRun
              .computeIfAbsent(flow.name() + "|cpu|ratio", k -> new ArrayList<>())
              .add(oursCpu / referenceCpu);
          bench.log(
              String.format(
                  "run %d %s: wall ours %.0f ms / reference %.0f ms, CPU ours %.0f ms / reference %.0f ms",
                  run, flow.name(), oursWall, referenceWall, oursCpu, referenceCpu));
        }
      }
    }
    Results results = bench.results();
    for (Flow flow : FLOWS) {
      String f = flow.name();
      results.add(
          SECTION,
          "wall time of a whole case (median of the run's cases)",
          "ours, " + f,
          "ms",
          perRun.get(f + "|wall|ours"),
          null);
      results.add(
          SECTION,
          "wall time of a whole case (median of the run's cases)",
          "reference, " + f,
          "ms",
          perRun.get(f + "|wall|reference"),
          null);
      results.add(
          SECTION,
          "wall time, ours / reference",
          f,
          "×",
          perRun.get(f + "|wall|ratio"),
          Target.atMost(1.3, "≤ 1.3×"));
      results.add(
          SECTION,
          "application CPU per case (median of the run's cases)",
          "ours, " + f,
          "ms",
          perRun.get(f + "|cpu|ours"),
          null);
      results.add(
          SECTION,
          "application CPU per case (median of the run's cases)",
          "reference, " + f,
          "ms",
          perRun.get(f + "|cpu|reference"),
          null);
      results.add(
          SECTION,
          "application CPU, ours / reference",
          f,
          "×",
          perRun.get(f + "|cpu|ratio"),
          Target.atMost(1.3, "≤ 1.3×"));
    }
    results.add(SECTION, "mails sent per case (ours)", "both flows", "", mailsPerCase, null);
    results.add(
        SECTION, "authority requests per case (ours)", "both flows", "", requestsPerCase, null);
    results.add(
        SECTION,
        "duplicate authority requests or notices",
        "ours",
        "",
        duplicates,
        Target.atMost(0, "0"));
    results.note(
        "Case cost: "
            + bench.options().warmup()
            + " warm-up and "
            + bench.options().cases()
            + " measured cases per flow and application in each run, alternating; the authorities"
            + " and the mail server are the benchmark's (outside the application's JVM).");
  }

  /** Where the walks' time went, per kind of request, ours against the reference (diagnosis). */
  private static void logWaits(Bench bench, int run, Latencies ours, Latencies reference) {
    for (String what :
        List.of("start", "referral", "find task", "open task", "claim", "callback", "operator")) {
      logWait(bench, run, what, ours.of(what), reference.of(what));
    }
    logWait(
        bench,
        run,
        "submit",
        ours.startingWith(CaseWalks.SUBMIT),
        reference.startingWith(CaseWalks.SUBMIT));
    // Per task form, where a submission's work differs most between ours and the reference.
    java.util.Set<String> tasks = new java.util.TreeSet<>(ours.names());
    tasks.addAll(reference.names());
    for (String what : tasks) {
      if (what.startsWith(CaseWalks.SUBMIT)) {
        logWait(bench, run, what, ours.of(what), reference.of(what));
      }
    }
  }

  private static void logWait(
      Bench bench, int run, String what, List<Double> ours, List<Double> reference) {
    bench.log(
        String.format(
            "run %d waits on %-9s ours %6.0f ms in %4d calls, reference %6.0f ms in %4d calls",
            run,
            what,
            ours.stream().mapToDouble(Double::doubleValue).sum(),
            ours.size(),
            reference.stream().mapToDouble(Double::doubleValue).sum(),
            reference.size()));
  }

  /**
   * The reference means something only if its case went where ours did: the same activities of the
   * same processes, as many times.
   */
  static void samePath(
      String flow, OfficeHttp ours, String oursCase, OfficeHttp reference, String referenceCase) {
    List<String> oursPath = path(ours, oursCase);
    List<String> referencePath = path(reference, referenceCase);
    if (!oursPath.equals(referencePath)) {
      List<String> onlyOurs = new ArrayList<>(oursPath);
      referencePath.forEach(onlyOurs::remove);
      List<String> onlyReference = new ArrayList<>(referencePath);
      oursPath.forEach(onlyReference::remove);
      throw new IllegalStateException(
          "the reference's "
              + flow
              + " case went another way: only ours passed "
              + onlyOurs
              + ", only the reference passed "
              + onlyReference);
    }
  }

  /** Every activity every process instance of the case passed, sorted. */
  static List<String> path(OfficeHttp http, String caseNumber) {
    List<String> path = new ArrayList<>();
    for (JsonNode instance :
        http.restGet(
            "admin",
            "/history/process-instance?processInstanceBusinessKey="
                + OfficeHttp.encode(caseNumber)
                + "&maxResults=200",
            "check")) {
      String key = instance.path("processDefinitionKey").asText();
      for (JsonNode activity :
          http.restGet(
              "admin",
              "/history/activity-instance?processInstanceId="
                  + instance.path("id").asText()
                  + "&maxResults=2000",
              "check")) {
        path.add(key + "/" + activity.path("activityId").asText());
      }
    }
    path.sort(null);
    return path;
  }
}
