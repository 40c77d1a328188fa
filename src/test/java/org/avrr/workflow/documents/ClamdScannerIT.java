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
import org.avrr.workflow.security.CallingUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

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

  /**
   * What a user meets at a task when the scanner finds malware: the upload refused (422) with the
   * signature named, nothing of the file stored, the refusal recorded; a clean scan is stored and
   * says who scanned it: the documents service on the real clamd ({@link DocumentsAtOneTask}).
   */
  @Test
  void anInfectedUploadIsRefusedAndRecordedAndACleanOneSaysItWasScanned() {
    JdbcTemplate jdbc = DocumentsAtOneTask.applicationSchema();
    ClamdScanner scanner = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(10));
    CaseDocuments documents =
        DocumentsAtOneTask.documents(jdbc, scanner, DocumentsAtOneTask.DATABASE);
    CallingUser counsellor = DocumentsAtOneTask.COUNSELLOR;

    // A PDF by its first bytes (so it passes the type check), the test string inside.
    byte[] infected =
        ("%PDF-1.4\n% " + new String(EICAR, StandardCharsets.US_ASCII) + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(
            () ->
                documents.add(
                    counsellor,
                    DocumentsAtOneTask.TASK,
                    DocumentKind.CONSENT,
                    "consent.pdf",
                    infected))
        .isInstanceOfSatisfying(
            CaseDocuments.Refused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(422);
              assertThat(refused.getMessage())
                  .contains("contains malware (Eicar-Test-Signature-AVRR")
                  .contains("not stored");
            });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM avrr_document", Integer.class)).isZero();
    assertThat(
            jdbc.queryForList(
                "SELECT action || ' ' || user_id || ': ' || detail FROM avrr_document_event",
                String.class))
        .singleElement()
        .asString()
        .startsWith("REFUSED counsellor: consent.pdf (" + infected.length + " bytes, sha256 ")
        .contains("malware Eicar-Test-Signature-AVRR");

    CaseDocuments.Document clean =
        documents.add(
            counsellor,
            DocumentsAtOneTask.TASK,
            DocumentKind.CONSENT,
            "consent.pdf",
            "%PDF-1.4\nconsent signed".getBytes(StandardCharsets.US_ASCII));
    assertThat(clean.scannedBy()).isEqualTo("scanned clean by " + scanner.describe());
    assertThat(clean.caseNumber()).isEqualTo(DocumentsAtOneTask.CASE);
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
    // The same test string anywhere inside a file (a body signature), as in a PDF carrying it.
    Files.writeString(
        database.resolve("avrr-test.ndb"),
        "Eicar-Test-Signature-AVRR-Inside:0:*:" + java.util.HexFormat.of().formatHex(EICAR) + "\n");
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
