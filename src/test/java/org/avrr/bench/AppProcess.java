package org.avrr.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application (ours, or a reference the benchmark builds) running in a JVM of its own, as an
 * office runs it, so that its start, its CPU time and its memory are its own and a test can kill
 * it. The JVM's output goes to {@code <work>/app.log}.
 */
final class AppProcess implements AutoCloseable {

  /** Same JVM options for every application compared, so only the code differs. */
  static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC");

  /**
   * More JVM options for every application, e.g. to profile it (system property {@code
   * bench.jvm-options}, space-separated); none in a real run.
   */
  static final List<String> EXTRA_JVM_OPTIONS =
      java.util.Arrays.stream(System.getProperty("bench.jvm-options", "").split(" "))
          .filter(option -> !option.isBlank())
          .toList();

  private static final HttpClient PROBE =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  final String name;
  final int port;
  final Path work;
  private final Process process;
  private final long spawnedNanos;
  private Duration readyAfter;
  private double cpuAtReady;

  private AppProcess(String name, int port, Path work, Process process, long spawnedNanos) {
    this.name = name;
    this.port = port;
    this.work = work;
    this.process = process;
    this.spawnedNanos = spawnedNanos;
  }

  /**
   * Starts {@code mainClass} and waits for the first answer of its REST API ({@code GET
   * /engine-rest/engine} as {@code admin}).
   *
   * @param arguments Spring properties, passed as {@code --key=value}
   */
  static AppProcess start(
      String name,
      Path work,
      List<Path> classpath,
      String mainClass,
      int port,
      Map<String, String> arguments,
      Map<String, String> environment,
      Duration patience)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(EXTRA_JVM_OPTIONS);
    command.add("-cp");
    command.add(
        String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    command.add(mainClass);
    command.add("--server.port=" + port);
    arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
    builder.environment().putAll(environment);
    long spawned = System.nanoTime();
    AppProcess app = new AppProcess(name, port, work, builder.start(), spawned);
    app.awaitReady(patience);
    return app;
  }

  private void awaitReady(Duration patience) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + patience.toNanos();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/engine"))
            .header("Authorization", basic("admin", "admin"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " before it answered; see " + log());
      }
      try {
        if (PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          readyAfter = Duration.ofNanos(System.nanoTime() - spawnedNanos);
          cpuAtReady = cpuSeconds();
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException(
            name + " did not answer within " + patience + "; see " + log());
      }
      Thread.sleep(25);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return work.resolve("app.log");
  }

  long pid() {
    return process.pid();
  }

  /** From the spawn of the JVM to the first 200 of its REST API. */
  Duration readyAfter() {
    return readyAfter;
  }

  /** CPU seconds (user + system, every thread) the JVM had used when it first answered. */
  double cpuAtReady() {
    return cpuAtReady;
  }

  /** CPU seconds (user + system, every thread) the JVM has used so far. */
  double cpuSeconds() {
    // /proc/<pid>/stat: utime and stime, in clock ticks (USER_HZ = 100 on Linux).
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }
  }

  /** The JVM's peak resident set so far (VmHWM), in MiB; NaN where /proc does not tell. */
  double peakRssMiB() {
    return statusField("VmHWM");
  }

  /** The JVM's resident set now (VmRSS), in MiB. */
  double rssMiB() {
    return statusField("VmRSS");
  }

  private double statusField(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or gone
    }
    return Double.NaN;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** As an operator stops it (SIGTERM), waiting for a clean shutdown. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** kill -9. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
