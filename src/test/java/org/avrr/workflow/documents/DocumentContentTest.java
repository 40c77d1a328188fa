package org.avrr.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is what its bytes say, whatever its name: PDF, JPEG, PNG, or refused. */
class DocumentContentTest {

  @Test
  void aScanAPhotoAndAScreenshotAreTakenByTheirFirstBytes() {
    assertThat(DocumentContent.of(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).contains(DocumentContent.PDF);
    assertThat(DocumentContent.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .contains(DocumentContent.JPEG);
    assertThat(
            DocumentContent.of(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
        .contains(DocumentContent.PNG);
  }

  @Test
  void aProgramAPageOrATruncatedFileIsNotADocument() {
    assertThat(DocumentContent.of(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
    assertThat(DocumentContent.of(bytes("<html><script>alert(1)</script>"))).isEmpty();
    assertThat(DocumentContent.of(bytes("PK\u0003\u0004 a .docx is a zip"))).isEmpty();
    assertThat(DocumentContent.of(bytes("%PD"))).isEmpty();
    assertThat(DocumentContent.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
    assertThat(DocumentContent.of(new byte[0])).isEmpty();
  }

  @Test
  void eachKindDownloadsUnderItsOwnTypeAndEnding() {
    assertThat(DocumentContent.PDF.mediaType()).isEqualTo("application/pdf");
    assertThat(DocumentContent.JPEG.extension()).isEqualTo(".jpg");
    assertThat(DocumentContent.PNG.mediaType()).isEqualTo("image/png");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
