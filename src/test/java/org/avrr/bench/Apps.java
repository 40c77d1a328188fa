package org.avrr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the benchmark starts the applications it compares, each in a JVM of its own with the same
 * options and the same jars: ours from {@code target/classes} (as {@code ./mvnw spring-boot:run}
 * runs it; copied first, so a rebuild during a run changes nothing), and the bare engine ({@code
 * bare.BareEngineApplication}) from a directory that holds only its own package, the models and its
 * configuration.
 */
final class Apps {

  static final String OURS_MAIN = "org.avrr.workflow.AvrrWorkflowApplication";
  static final String BARE_MAIN = "org.avrr.bench.bare.BareEngineApplication";
  private static final Duration START_PATIENCE = Duration.ofMinutes(3);

  private final Path target;
  private final List<Path> jars;
  private final Path oursDirectory;
  private final Path bareDirectory;
  private final Map<String, String> experiment;

  /**
   * @param experiment Spring properties given to every application started (option {@code
   *     --app-properties=a=1;b=2}), for trying a setting out; empty in a real run
   */
  /**
   * {@code target}: the build's directory (classes, the runtime classpath); {@code out}: this
   * benchmark's own directory, where the applications' copies go (two benchmarks with their own
   * {@code --out} never share them).
   */
  Apps(Path target, Path out, Map<String, String> experiment) throws IOException {
    this.target = target;
    this.experiment = Map.copyOf(experiment);
    Path classpathFile = target.resolve("bench/runtime-classpath.txt");
    if (!Files.exists(classpathFile)) {
      throw new IllegalStateException(
          classpathFile + " is missing: build first (./mvnw -Pbench verify does)");
    }
    this.jars =
        Arrays.stream(Files.readString(classpathFile).strip().split(java.io.File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(Path::of)
            .toList();
    // A copy, so that a rebuild while the benchmark runs (hours, for the office) changes nothing.
    this.oursDirectory = out.resolve("apps/ours-app");
    deleteTree(oursDirectory);
    copyTree(target.resolve("classes"), oursDirectory);
    this.bareDirectory = buildBareDirectory(out.resolve("apps/bare-app"));
  }

  /** Our application on {@code database}, its authorities and mail server {@code outside}. */
  AppProcess ours(
      String name, Path work, Database database, OutsideWorld outside, Map<String, String> extra)
      throws IOException, InterruptedException {
    return ours(name, work, database, outside, extra, freePort());
  }

  /** As above, listening on {@code port} (a node restarted where its users reach it). */
  AppProcess ours(
      String name,
      Path work,
      Database database,
      OutsideWorld outside,
      Map<String, String> extra,
      int port)
      throws IOException, InterruptedException {
    Map<String, String> arguments = new LinkedHashMap<>();
    if (database.isPostgres()) {
      arguments.put("spring.profiles.active", "postgres");
    }
    arguments.putAll(database.springProperties());
    arguments.put("avrr.demo.cases", "0");
    if (outside != null) {
      // The benchmark plays the authorities and the mail server, outside the application.
      arguments.put("avrr.sandbox.enabled", "false");
      arguments.put("avrr.migration-authority.base-url", outside.ministryUrl());
      arguments.put("avrr.border-authority.base-url", outside.borderUrl());
      arguments.put("avrr.mail-capture.enabled", "false");
      arguments.put("spring.mail.port", Integer.toString(outside.smtpPort()));
    } else {
      arguments.put("spring.mail.port", Integer.toString(freePort()));
    }
    arguments.putAll(extra);
    arguments.putAll(experiment);
    List<Path> classpath = new ArrayList<>();
    classpath.add(oursDirectory);
    classpath.addAll(jars);
    return AppProcess.start(
        name, work, classpath, OURS_MAIN, port, arguments, Map.of(), START_PATIENCE);
  }

  /**
   * What the bare engine does besides answering: deploy the models, run jobs, stand in for beans.
   */
  enum BareMode {
    /** Deploys the models; nothing answers their expressions (start and memory). */
    BARE(true, true, false),
    /** Deploys the models and answers every bean they name with a no-op (case cost). */
    REFERENCE_MODELS(true, true, true),
    /** Another application's database, read only: no deployment, no job executor (queries). */
    QUERY_ONLY(false, false, false);

    final boolean deploys;
    final boolean runsJobs;
    final boolean noOpBeans;

    BareMode(boolean deploys, boolean runsJobs, boolean noOpBeans) {
      this.deploys = deploys;
      this.runsJobs = runsJobs;
      this.noOpBeans = noOpBeans;
    }
  }

  AppProcess bare(
      String name, Path work, Database database, BareMode mode, Map<String, String> extra)
      throws IOException, InterruptedException {
    Map<String, String> arguments = new LinkedHashMap<>(database.springProperties());
    if (mode.noOpBeans) {
      arguments.put("spring.profiles.active", "reference-models");
    }
    if (!mode.deploys) {
      arguments.put("camunda.bpm.auto-deployment-enabled", "false");
    }
    if (!mode.runsJobs) {
      arguments.put("camunda.bpm.job-execution.enabled", "false");
    }
    arguments.putAll(extra);
    arguments.putAll(experiment);
    List<Path> classpath = new ArrayList<>();
    classpath.add(bareDirectory);
    classpath.addAll(jars);
    return AppProcess.start(
        name, work, classpath, BARE_MAIN, freePort(), arguments, Map.of(), START_PATIENCE);
  }

  /**
   * {@code <out>/apps/bare-app}: the bare engine's classes (nothing else of the test classes), the
   * models and forms as deployed, and its application.yaml.
   */
  private Path buildBareDirectory(Path directory) throws IOException {
    deleteTree(directory);
    String barePackage = "org/avrr/bench/bare";
    copyTree(target.resolve("test-classes").resolve(barePackage), directory.resolve(barePackage));
    copyTree(target.resolve("classes/processes"), directory.resolve("processes"));
    copyTree(target.resolve("classes/forms"), directory.resolve("forms"));
    Files.copy(
        target.resolve("test-classes/bench/bare-application.yaml"),
        directory.resolve("application.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    return directory;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path copy = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
