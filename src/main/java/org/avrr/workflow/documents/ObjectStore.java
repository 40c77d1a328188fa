package org.avrr.workflow.documents;

/**
 * Where documents' content is kept when not in the database: an object store (S3's API). Each
 * document is one object, named by the document's id (never by anything a user typed).
 */
public interface ObjectStore {

  /** Where the content goes, as recorded with each document, e.g. {@code s3://avrr-documents}. */
  String location();

  /** Keeps {@code content} as the document {@code id}; throws {@link StoreUnavailable} if not. */
  void put(String id, byte[] content);

  /** The content of document {@code id}; throws {@link StoreUnavailable} if not readable now. */
  byte[] get(String id);

  /** Deletes document {@code id}'s content; nothing if it is already gone (erasure retries). */
  void delete(String id);

  /** The store did not take or give the content now (down, refused): try again later. */
  class StoreUnavailable extends RuntimeException {
    public StoreUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
