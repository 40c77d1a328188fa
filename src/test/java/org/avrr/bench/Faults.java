package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.avrr.bench.Benchmark.Bench;
import org.avrr.bench.CaseWalks.InboundStage;
import org.avrr.bench.CaseWalks.OutboundStage;
import org.avrr.bench.Results.Target;

/**
 * The fault suite (issue 14, docs/reliability.md): whole cases of both flows walked through our
 * application on the embedded default — its sandbox authorities, its mail capture, its H2 file —
 * while the sandbox is told to fail in every way an authority or a mail server fails (down, 5xx,
 * slow beyond the timeout, garbage, a truncated answer, an answer after the office retried), and
 * the application is killed ({@code kill -9}) and restarted on the same files mid-case — or, with
 * {@code --db=postgres}, two nodes share one PostgreSQL database and are killed in turn while the
 * other goes on, each with its own sandbox and mail server (their ledgers are in the shared
 * database), each serving half the clients (sticky sessions). Time passes quickly, as an operator
 * would see it: a failed step's retry is due at once, and an incident is retried once its fault is
 * gone. Then every case and every external effect is checked: every case at its end (0 lost steps),
 * one request per step at each authority and one mail per notice (0 duplicate effects), every user
 * action answered (0 failed by a background fault).
 */
final class Faults {

  static final String SECTION =
      "6. Faults (sandbox authorities and mail failing, kill -9 and restart of a node)";

  private static final List<String> AUTHORITY_TOUCHPOINTS =
      List.of(
          "ministry.status-check",
          "ministry.exit-clearance",
          "border.departure-notification",
          "border.arrival-registration");
  private static final List<String> KINDS =
      List.of("DOWN", "ERROR", "SLOW", "LATE", "GARBAGE", "TRUNCATED");
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  /** What one run saw and found. */
  record Outcome(
      int cases,
      int casesEnded,
      int failedWalks,
      long failedUserActions,
      long faultsInjected,
      long kills,
      long retriesHurried,
      long incidentsRetried,
      long duplicateAuthorityRequests,
      long repeatedRequests,
      long duplicateNotices,
      long retransmittedNotices,
      long notices,
      List<String> problems) {}

  private Faults() {}

  static void run(Bench bench) throws Exception {
    Map<String, List<Double>> figures = new HashMap<>();
    int cases = bench.options().number("fault-cases", 40);
    for (int run = 1; run <= bench.options().runs(); run++) {
      Outcome outcome =
          measure(
              bench,
              bench.options().out().resolve("work/faults-" + run),
              cases,
              bench.options().number("fault-clients", 4),
              bench.options().number("fault-kills", 2),
              run);
      bench.log("faults run " + run + ": " + outcome);
      put(figures, "cases", outcome.cases());
      put(figures, "ended", outcome.casesEnded());
      put(figures, "lost", outcome.cases() - outcome.casesEnded());
      put(figures, "failed actions", outcome.failedUserActions());
      put(figures, "faults", outcome.faultsInjected());
      put(figures, "kills", outcome.kills());
      put(figures, "hurried", outcome.retriesHurried());
      put(figures, "incidents", outcome.incidentsRetried());
      put(figures, "duplicate requests", outcome.duplicateAuthorityRequests());
      put(figures, "repeated", outcome.repeatedRequests());
      put(figures, "duplicate notices", outcome.duplicateNotices());
      put(figures, "retransmitted", outcome.retransmittedNotices());
      put(figures, "notices", outcome.notices());
    }
    Results results = bench.results();
    String load =
        cases
            + " cases (half outbound, half inbound), whole"
            + (bench.options().db().equals("postgres")
                ? ", two nodes on PostgreSQL"
                : ", embedded default (H2)");
    results.add(SECTION, "cases walked", load, "", figures.get("cases"), null);
    results.add(
        SECTION, "faults injected (authorities and mail)", load, "", figures.get("faults"), null);
    results.add(SECTION, "kill -9 and restart of a node", load, "", figures.get("kills"), null);
    results.add(
        SECTION,
        "failed steps retried early (time passing)",
        load,
        "",
        figures.get("hurried"),
        null);
    results.add(
        SECTION,
        "incidents, retried once the fault was gone",
        load,
        "",
        figures.get("incidents"),
        null);
    results.add(SECTION, "cases at their end", load, "", figures.get("ended"), null);
    results.add(
        SECTION,
        "lost steps (cases not at their end)",
        load,
        "",
        figures.get("lost"),
        Target.atMost(0, "0"));
    results.add(
        SECTION,
        "duplicate authority requests (a step accepted under two keys)",
        load,
        "",
        figures.get("duplicate requests"),
        Target.atMost(0, "0"));
    results.add(
        SECTION,
        "requests repeated under the same key (harmless: the authority answers them once)",
        load,
        "",
        figures.get("repeated"),
        null);
    results.add(SECTION, "notices captured", load, "", figures.get("notices"), null);
    results.add(
        SECTION,
        "duplicate notices (a notice key mailed as two messages)",
        load,
        "",
        figures.get("duplicate notices"),
        Target.atMost(0, "0"));
    results.add(
        SECTION,
        "notices handed over again after a kill (the same message: same Message-ID, kept once)",
        load,
        "",
        figures.get("retransmitted"),
        null);
    results.add(
        SECTION,
        "user actions failed by a background fault",
        load,
        "",
        figures.get("failed actions"),
        Target.atMost(0, "0"));
  }

  /**
   * One run, {@code cases} walked by {@code clients} at once: on a fresh embedded default (one
   * node, killed and restarted on the same H2 file), or with {@code --db=postgres} on two nodes
   * sharing a fresh PostgreSQL database, each serving half the clients, killed in turn while the
   * other goes on.
   */
  static Outcome measure(Bench bench, Path work, int cases, int clients, int kills, long seed)
      throws Exception {
    Apps.deleteTree(work);
    boolean cluster = bench.options().db().equals("postgres");
    Database database =
        cluster ? Database.freshPostgres("avrr_faults_" + seed) : Database.embeddedDefault();
    List<Node> nodes =
        cluster
            ? List.of(
                new Node(bench, work.resolve("node1"), database, "faults-node1"),
                new Node(bench, work.resolve("node2"), database, "faults-node2"))
            : List.of(new Node(bench, work, database, "faults"));
    Random random = new Random(seed);
    Duration patienceBefore = CaseWalks.patience;
    // A case may wait for a restart, a fault's retries and an incident's retry in turn.
    CaseWalks.patience = Duration.ofMinutes(10);
    ScheduledExecutorService background = Executors.newScheduledThreadPool(3);
    ExecutorService walkers = Executors.newFixedThreadPool(clients);
    AtomicLong failedActions = new AtomicLong();
    AtomicLong faults = new AtomicLong();
    AtomicLong hurried = new AtomicLong();
    AtomicLong incidents = new AtomicLong();
    Map<String, String> walked = new ConcurrentHashMap<>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    try {
      for (Node node : nodes) {
        node.start();
      }
      OfficeHttp http = nodes.get(0).http();
      // Each node has its own sandbox authorities and mail server: faults go to either.
      background.scheduleWithFixedDelay(
          () ->
              quietly(
                  problems,
                  () ->
                      injectFault(nodes.get(random.nextInt(nodes.size())).http(), random, faults)),
          2,
          4,
          TimeUnit.SECONDS);
      background.scheduleWithFixedDelay(
          () -> quietly(problems, () -> letTimePass(http, hurried, incidents)),
          1,
          2,
          TimeUnit.SECONDS);
      List<Future<?>> walks = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        boolean outbound = i % 2 == 0;
        // Sticky sessions: a client's requests go to one node, as a load balancer keeps them.
        OfficeHttp nodeHttp = nodes.get((i / 2) % nodes.size()).http();
        walks.add(
            walkers.submit(
                () -> {
                  CaseWalks walk =
                      new CaseWalks(new SandboxOffice(nodeHttp, true, problems::add), false);
                  String caseNumber = null;
                  try {
                    caseNumber =
                        outbound
                            ? walk.outbound(OutboundStage.CLOSED)
                            : walk.inbound(InboundStage.CLOSED);
                    walked.put(caseNumber, outbound ? "outbound" : "inbound");
                  } catch (OfficeHttp.CallFailed refused) {
                    failedActions.incrementAndGet();
                    problems.add("a user action failed: " + refused.getMessage());
                  } catch (RuntimeException stuck) {
                    problems.add("a case did not reach its end: " + stuck.getMessage());
                  }
                  return caseNumber;
                }));
      }
      // Kill a node while cases are in the middle, evenly over the run; two nodes in turn, the
      // other going on meanwhile.
      long killed = 0;
      for (int k = 1; k <= kills; k++) {
        awaitDone(walks, cases * k / (kills + 1));
        Thread.sleep(2_000 + random.nextInt(3_000));
        Node victim = nodes.get((k - 1) % nodes.size());
        victim.killAndRestart();
        killed++;
        bench.log(
            "faults: " + victim.name + " killed and restarted (" + killed + " of " + kills + ")");
      }
      for (Future<?> walk : walks) {
        walk.get();
      }
      background.shutdownNow();
      for (Node node : nodes) {
        node.http().gate = OfficeHttp.Gate.OPEN;
        clearFaults(node.http());
      }
      // What the cases left for the job executor (the last mails) must be done before counting.
      CaseWalks.await(
          "no job left",
          () ->
              http.restGet("admin", "/job/count?executable=true", "operator").path("count").asLong()
                      == 0
                  ? Boolean.TRUE
                  : null);
      return check(
          http,
          cases,
          walked,
          failedActions.get(),
          faults.get(),
          killed,
          hurried.get(),
          incidents.get(),
          problems);
    } finally {
      background.shutdownNow();
      walkers.shutdownNow();
      CaseWalks.patience = patienceBefore;
      for (Node node : nodes) {
        node.close();
      }
      if (cluster) {
        database.drop();
      }
    }
  }

  /** Sets one fault at random: an authority failing 1–3 requests, or the mail server down. */
  private static void injectFault(OfficeHttp http, Random random, AtomicLong faults) {
    ObjectNode fault = OfficeHttp.JSON.createObjectNode();
    String touchpoint;
    if (random.nextInt(5) == 0) {
      touchpoint = "mail";
      fault.put("kind", "DOWN");
    } else {
      touchpoint = AUTHORITY_TOUCHPOINTS.get(random.nextInt(AUTHORITY_TOUCHPOINTS.size()));
      fault.put("kind", KINDS.get(random.nextInt(KINDS.size())));
    }
    fault.put("times", 1 + random.nextInt(3));
    // Longer than the office's 10-second read timeout: the office gives up, then retries.
    fault.put("delay", "PT12S");
    http.adminPut("/sandbox/faults/" + touchpoint, fault, "fault");
    faults.incrementAndGet();
  }

  /**
   * Time passing, as an operator sees it: a step that failed and waits for its next try (5 minutes
   * for the authorities and mail) is due now; a step out of tries (an incident in Cockpit) is
   * retried, as an operator does once the outage is over.
   */
  private static void letTimePass(OfficeHttp http, AtomicLong hurried, AtomicLong incidents) {
    for (JsonNode job :
        http.restGet(
            "admin", "/job?withException=true&withRetriesLeft=true&maxResults=200", "operator")) {
      String due = job.path("dueDate").asText(null);
      if (due != null && !due.equals("null")) {
        ObjectNode now = OfficeHttp.JSON.createObjectNode();
        now.put("duedate", REST_DATE.format(Instant.now()));
        if (tryRest(
            () ->
                http.restPut(
                    "admin", "/job/" + job.path("id").asText() + "/duedate", now, "operator"))) {
          hurried.incrementAndGet();
        }
      }
    }
    for (JsonNode job :
        http.restGet("admin", "/job?noRetriesLeft=true&maxResults=200", "operator")) {
      ObjectNode retries = OfficeHttp.JSON.createObjectNode().put("retries", 1);
      if (tryRest(
          () ->
              http.restPut(
                  "admin", "/job/" + job.path("id").asText() + "/retries", retries, "operator"))) {
        incidents.incrementAndGet();
      }
    }
  }

  private static void clearFaults(OfficeHttp http) {
    http.adminDelete("/sandbox/faults", "fault");
  }

  /** Every case and every external effect. */
  private static Outcome check(
      OfficeHttp http,
      int cases,
      Map<String, String> walked,
      long failedActions,
      long faults,
      long kills,
      long hurried,
      long incidents,
      List<String> problems) {
    int ended = 0;
    long duplicateRequests = 0;
    long repeated = 0;
    for (Map.Entry<String, String> walk : walked.entrySet()) {
      String key =
          walk.getValue().equals("outbound")
              ? org.avrr.workflow.outbound.OutboundReturnProcess.KEY
              : org.avrr.workflow.inbound.InboundReturnProcess.KEY;
      JsonNode ended1 =
          http.restGet(
              "admin",
              "/history/process-instance?processInstanceBusinessKey="
                  + OfficeHttp.encode(walk.getKey())
                  + "&processDefinitionKey="
                  + key
                  + "&finished=true&maxResults=10",
              "check");
      if (!ended1.isEmpty()) {
        ended++;
      } else {
        problems.add("case " + walk.getKey() + " is not at its end");
      }
      Map<String, Integer> keysPerTouchpoint = new HashMap<>();
      for (JsonNode accepted :
          http.adminGet(
              "/sandbox/faults/accepted?case=" + OfficeHttp.encode(walk.getKey() + ":"), "check")) {
        keysPerTouchpoint.merge(accepted.path("touchpoint").asText(), 1, Integer::sum);
        repeated += accepted.path("accepted").asInt() - 1;
      }
      for (Map.Entry<String, Integer> touchpoint : keysPerTouchpoint.entrySet()) {
        if (touchpoint.getValue() > 1) {
          duplicateRequests += touchpoint.getValue() - 1;
          problems.add(
              "case "
                  + walk.getKey()
                  + ": "
                  + touchpoint.getValue()
                  + " requests of "
                  + touchpoint.getKey()
                  + " under different keys");
        }
      }
    }
    // A notice key under two Message-IDs is two messages: a duplicate. The same message handed
    // over again (a kill between the mail server's acceptance and the ledger) is kept once.
    Map<String, Integer> perNotice = new HashMap<>();
    Map<String, Integer> noticesPerCase = new HashMap<>();
    long notices = 0;
    long retransmitted = 0;
    for (String caseNumber : walked.keySet()) {
      for (JsonNode mail :
          http.adminGet("/mail.json?case=" + OfficeHttp.encode(caseNumber), "check")) {
        perNotice.merge(mail.path("noticeKey").asText(), 1, Integer::sum);
        noticesPerCase.merge(caseNumber, 1, Integer::sum);
        notices++;
        retransmitted += mail.path("deliveries").asInt(1) - 1;
      }
    }
    // Every case of a flow sends the same notices on this path: one with fewer lost some.
    for (String flow : List.of("outbound", "inbound")) {
      Map<Integer, Long> counts =
          walked.entrySet().stream()
              .filter(walk -> walk.getValue().equals(flow))
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      walk -> noticesPerCase.getOrDefault(walk.getKey(), 0),
                      java.util.stream.Collectors.counting()));
      int usual =
          counts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(0);
      walked.entrySet().stream()
          .filter(walk -> walk.getValue().equals(flow))
          .filter(walk -> noticesPerCase.getOrDefault(walk.getKey(), 0) < usual)
          .forEach(
              walk ->
                  problems.add(
                      "case "
                          + walk.getKey()
                          + ": "
                          + noticesPerCase.getOrDefault(walk.getKey(), 0)
                          + " notices, where its flow's cases have "
                          + usual));
    }
    long duplicateNotices = 0;
    for (Map.Entry<String, Integer> notice : perNotice.entrySet()) {
      if (notice.getValue() > 1) {
        duplicateNotices += notice.getValue() - 1;
        problems.add("notice " + notice.getKey() + " mailed " + notice.getValue() + " times");
      }
    }
    return new Outcome(
        cases,
        ended,
        cases - walked.size(),
        failedActions,
        faults,
        kills,
        hurried,
        incidents,
        duplicateRequests,
        repeated,
        duplicateNotices,
        retransmitted,
        notices,
        List.copyOf(problems));
  }

  /** Until {@code done} walks have ended: the others are in the middle of their cases. */
  private static void awaitDone(List<Future<?>> walks, int done) throws InterruptedException {
    while (walks.stream().filter(Future::isDone).count() < Math.min(done, walks.size() - 1)) {
      Thread.sleep(500);
    }
  }

  private static boolean tryRest(Runnable call) {
    try {
      call.run();
      return true;
    } catch (OfficeHttp.CallFailed raced) {
      // the job ran or went meanwhile
      return false;
    }
  }

  private static void quietly(List<String> problems, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // The node may be restarting; the next round tries again.
    }
  }

  private static void put(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  /**
   * The one node of the embedded default: started, killed, restarted on the same files and port.
   */
  private static final class Node implements AutoCloseable {
    private final Bench bench;
    private final Path work;
    private final Database database;
    private final String name;
    private final int port = Apps.freePort();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final OfficeHttp http;
    private AppProcess app;

    Node(Bench bench, Path work, Database database, String name) {
      this.bench = bench;
      this.work = work;
      this.database = database;
      this.name = name;
      this.http = new OfficeHttp("http://127.0.0.1:" + port);
      this.http.gate =
          new OfficeHttp.Gate() {
            @Override
            public <T> T through(Supplier<T> call) {
              gate.readLock().lock();
              try {
                return call.get();
              } finally {
                gate.readLock().unlock();
              }
            }
          };
    }

    OfficeHttp http() {
      return http;
    }

    void start() throws Exception {
      app =
          bench
              .apps()
              .ours(
                  name,
                  work,
                  database,
                  null,
                  Map.of(
                      // The sandbox answers within seconds, not the real weeks.
                      "avrr.sandbox.callback-delay", "PT3S",
                      "avrr.callbacks.redelivery-interval", "PT3S",
                      // A cluster waits for a dead node's job locks to expire: a minute, as
                      // docs/operations.md ("A node that dies") suggests, not the default 5.
                      "camunda.bpm.job-execution.lock-time-in-millis", "60000"),
                  port);
    }

    /** No user request is in flight (the gate holds them back), background work is. */
    void killAndRestart() throws Exception {
      gate.writeLock().lock();
      try {
        app.kill();
        start();
      } finally {
        gate.writeLock().unlock();
      }
    }

    @Override
    public void close() throws Exception {
      if (app != null) {
        app.close();
      }
    }
  }
}
