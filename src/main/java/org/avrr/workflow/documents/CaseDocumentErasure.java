package org.avrr.workflow.documents;

/** What the erasure of a case's personal data does to its documents (CaseDocuments). */
public interface CaseDocumentErasure {

  /**
   * Empties the case's documents' content, name and hash, in the erasure's transaction: none can be
   * read from then on. Returns how many were erased.
   */
  int eraseCase(String caseNumber);

  /**
   * Whether erased documents of the case still have files on an object store: deleted in a step of
   * its own ({@link #deleteErasedFiles}), retried while the store does not answer.
   */
  default boolean hasErasedFilesToDelete(String caseNumber) {
    return false;
  }

  /**
   * Deletes the files of the case's erased documents from the object store; an outage throws (the
   * step is retried, then an incident). Returns how many were deleted.
   */
  default int deleteErasedFiles(String caseNumber) {
    return 0;
  }
}
