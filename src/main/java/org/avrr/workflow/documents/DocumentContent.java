package org.avrr.workflow.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, by its first bytes rather than its name or the type its sender claims: the three
 * kinds a case file takes — a PDF (a scan, a letter, an invoice), a JPEG or a PNG (a photo of a
 * document or of a monitoring visit). Anything else is refused before it is scanned or stored.
 */
public enum DocumentContent {
  PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String mediaType;
  private final String extension;
  private final byte[] signature;

  DocumentContent(String mediaType, String extension, byte[] signature) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name's ending a download gets, whatever name it was uploaded under. */
  public String extension() {
    return extension;
  }

  /** The kind of content these bytes are, if one of those taken. */
  public static Optional<DocumentContent> of(byte[] content) {
    for (DocumentContent kind : values()) {
      if (content.length >= kind.signature.length
          && Arrays.equals(
              content, 0, kind.signature.length, kind.signature, 0, kind.signature.length)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
