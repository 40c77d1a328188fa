package org.avrr.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents kept on an object store through its S3 API (AWS's SDK), against a real S3-compatible
 * server over HTTP: s3rver (tools/s3, from the npm registry), started by this test with a bucket of
 * its own. Without Node.js/npm the test is skipped with a printed reason, except under {@code
 * CI=true}, where .ci/run installs them.
 */
class S3ObjectStoreIT {

  private static final Path TOOLS = Path.of("tools/s3");
  private static final String BUCKET = "avrr-documents";
  private static final byte[] CONSENT_SCAN =
      "%PDF-1.4\n% consent signed by the applicant\n".getBytes(StandardCharsets.US_ASCII);

  private static Process s3rver;
  private static int port;

  @BeforeAll
  static void startS3rver() throws Exception {
    boolean node = onPath("npm") && onPath("node");
    if (!node && !"true".equals(System.getenv("CI"))) {
      System.out.println(
          "SKIPPED S3ObjectStoreIT: it needs Node.js and npm (apt-get install -y nodejs npm) for"
              + " its S3 server; .ci/run installs them.");
    }
    assumeTrue(node || "true".equals(System.getenv("CI")));
    Process install =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
            .directory(TOOLS.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(install.waitFor(5, TimeUnit.MINUTES) && install.exitValue() == 0)
        .as("npm ci in tools/s3")
        .isTrue();
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path data = Files.createTempDirectory("avrr-s3rver");
    s3rver =
        new ProcessBuilder(
                "node",
                "node_modules/s3rver/bin/s3rver.js",
                "--directory",
                data.toString(),
                "--address",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--configure-bucket",
                BUCKET)
            .directory(TOOLS.toFile())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("s3rver.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Socket answered = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!s3rver.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "s3rver did not start: " + Files.readString(data.resolve("s3rver.log")));
        }
        Thread.sleep(200);
      }
    }
  }

  @AfterAll
  static void stopS3rver() throws Exception {
    if (s3rver != null) {
      s3rver.destroy();
      s3rver.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The office's store: s3rver's own keys, path-style as MinIO and Ceph are addressed. */
  private static DocumentProperties.S3 store(int port) {
    return new DocumentProperties.S3(
        BUCKET, "documents/", "http://127.0.0.1:" + port, "us-east-1", true, "S3RVER", "S3RVER");
  }

  @Test
  void aDocumentIsKeptOnTheObjectStoreReadBackAndErasedThere() {
    JdbcTemplate jdbc = DocumentsAtOneTask.applicationSchema();
    CaseDocuments documents = DocumentsAtOneTask.documents(jdbc, new NoScanner(), store(port));

    CaseDocuments.Document added =
        documents.add(
            DocumentsAtOneTask.COUNSELLOR,
            DocumentsAtOneTask.TASK,
            DocumentKind.CONSENT,
            "consent.pdf",
            CONSENT_SCAN);

    assertThat(
            jdbc.queryForMap(
                "SELECT content, stored_in FROM avrr_document WHERE id = ?", added.id()))
        .containsEntry("CONTENT", null)
        .containsEntry("STORED_IN", "s3://" + BUCKET + "/documents/");
    try (S3ObjectStore s3 = new S3ObjectStore(store(port))) {
      assertThat(s3.get(added.id())).isEqualTo(CONSENT_SCAN);
      assertThat(documents.content(DocumentsAtOneTask.COUNSELLOR, added.id()).bytes())
          .isEqualTo(CONSENT_SCAN);

      // The erasure empties the row at once; the file goes in the erasure's next step.
      assertThat(documents.eraseCase(DocumentsAtOneTask.CASE)).isEqualTo(1);
      assertThat(documents.hasErasedFilesToDelete(DocumentsAtOneTask.CASE)).isTrue();
      assertThat(documents.deleteErasedFiles(DocumentsAtOneTask.CASE)).isEqualTo(1);
      assertThat(documents.hasErasedFilesToDelete(DocumentsAtOneTask.CASE)).isFalse();
      assertThat(documents.deleteErasedFiles(DocumentsAtOneTask.CASE)).isZero();

      assertThatThrownBy(() -> s3.get(added.id()))
          .isInstanceOf(ObjectStore.StoreUnavailable.class)
          .hasMessageContaining("The specified key does not exist");
      // An erasure started again finds nothing left to delete, and no error.
      s3.delete(added.id());
    }
    assertThatThrownBy(() -> documents.content(DocumentsAtOneTask.COUNSELLOR, added.id()))
        .isInstanceOfSatisfying(
            CaseDocuments.Refused.class, erased -> assertThat(erased.status()).isEqualTo(410));
  }

  @Test
  void whenTheStoreDoesNotAnswerTheUploadIsRefusedAndNothingIsKept() throws Exception {
    int nobody;
    try (ServerSocket free = new ServerSocket(0)) {
      nobody = free.getLocalPort();
    }
    JdbcTemplate jdbc = DocumentsAtOneTask.applicationSchema();
    CaseDocuments documents = DocumentsAtOneTask.documents(jdbc, new NoScanner(), store(nobody));

    assertThatThrownBy(
            () ->
                documents.add(
                    DocumentsAtOneTask.COUNSELLOR,
                    DocumentsAtOneTask.TASK,
                    DocumentKind.CONSENT,
                    "consent.pdf",
                    CONSENT_SCAN))
        .isInstanceOfSatisfying(
            CaseDocuments.Refused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(503);
              assertThat(refused.getMessage()).contains("please try again later");
            });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM avrr_document", Integer.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT action || ': ' || detail FROM avrr_document_event", String.class))
        .startsWith("REFUSED: consent.pdf: not stored, The object store s3://" + BUCKET);
  }

  private static boolean onPath(String command) {
    for (String directory : System.getenv("PATH").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, command))) {
        return true;
      }
    }
    return false;
  }
}
