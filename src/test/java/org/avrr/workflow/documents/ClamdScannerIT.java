package org.avrr.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real ClamAV daemon (Debian's clamav-daemon), started by this test with a signature database of
 * its own: the EICAR test file's hash, as the scanner's updates cannot be downloaded here. Without
 * clamd the test is skipped with a printed reason, except under {@code CI=true}, where .ci/run
 * installs it.
 */
class ClamdScannerIT {

  static final Path CLAMD = Path.of("/usr/sbin/clamd");

  /** The EICAR anti-malware test file: harmless, detected by every scanner as a test. */
  static final byte[] EICAR =
      "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
          .getBytes(StandardCharsets.US_ASCII);

  private static Process clamd;
  private static int port;
  private static Path directory;

  @BeforeAll
  static void startClamd() throws Exception {
    boolean installed = Files.isExecutable(CLAMD);
    if (!installed && !"true".equals(System.getenv("CI"))) {
      System.out.println(
          "SKIPPED ClamdScannerIT: it needs Debian's clamav-daemon (apt-get install -y"
              + " clamav-daemon); .ci/run installs it.");
    }
    assumeTrue(installed || "true".equals(System.getenv("CI")));
    clamd = startClamd(directory = Files.createTempDirectory("avrr-clamd"));
    port = portOf(directory);
  }

  @AfterAll
  static void stopClamd() throws Exception {
    if (clamd != null) {
      clamd.destroy();
      clamd.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theTestVirusIsFoundAndAScanIsClean() {
    ClamdScanner scanner = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(10));

    assertThat(scanner.scan(EICAR))
        .isInstanceOfSatisfying(
            MalwareScanner.Verdict.Infected.class,
            found -> assertThat(found.signature()).contains("Eicar-Test-Signature-AVRR"));
    assertThat(scanner.scan("%PDF-1.4\nconsent signed".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(MalwareScanner.Verdict.Clean.class);
    // A photo of several chunks (64 KB each) is sent whole.
    byte[] photo = new byte[300 * 1024];
    Arrays.fill(photo, (byte) 7);
    photo[0] = (byte) 0xFF;
    photo[1] = (byte) 0xD8;
    photo[2] = (byte) 0xFF;
    assertThat(scanner.scan(photo)).isInstanceOf(MalwareScanner.Verdict.Clean.class);
  }

  @Test
  void aScannerThatDoesNotAnswerRefusesTheUploadItWasAskedAbout() throws Exception {
    int nobody;
    try (ServerSocket free = new ServerSocket(0)) {
      nobody = free.getLocalPort();
    }
    ClamdScanner scanner = new ClamdScanner("127.0.0.1", nobody, Duration.ofSeconds(2));

    assertThatThrownBy(() -> scanner.scan(EICAR))
        .isInstanceOf(MalwareScanner.ScannerUnavailableException.class)
        .hasMessageContaining("clamd 127.0.0.1:" + nobody);
  }

  /**
   * clamd in the foreground on a free port, its database a one-line MD5 signature of EICAR; waits
   * until it answers PING.
   */
  static Process startClamd(Path directory) throws Exception {
    Path database = Files.createDirectories(directory.resolve("db"));
    Files.writeString(
        database.resolve("avrr-test.hdb"),
        "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature-AVRR\n");
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    Files.writeString(directory.resolve("port"), Integer.toString(free));
    Path config = directory.resolve("clamd.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "Foreground yes",
            "DatabaseDirectory " + database,
            "TCPSocket " + free,
            "TCPAddr 127.0.0.1",
            "LogFile " + directory.resolve("clamd.log"),
            "StreamMaxLength 20M",
            ""));
    Process process =
        new ProcessBuilder(CLAMD.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("clamd.out").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "clamd stopped: " + Files.readString(directory.resolve("clamd.out")));
      }
      try (Socket ping = new Socket("127.0.0.1", free)) {
        ping.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
        byte[] answer = ping.getInputStream().readNBytes(5);
        if ("PONG\0".equals(new String(answer, StandardCharsets.US_ASCII))) {
          return process;
        }
      } catch (java.io.IOException notYet) {
        Thread.sleep(200);
      }
    }
    process.destroy();
    throw new IllegalStateException("clamd did not answer within 60 s");
  }

  static int portOf(Path directory) throws Exception {
    return Integer.parseInt(Files.readString(directory.resolve("port")));
  }
}
