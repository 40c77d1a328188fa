package org.avrr.workflow.documents;

/** What the erasure of a case's personal data does to its documents (CaseDocuments). */
public interface CaseDocumentErasure {

  /** Empties the case's documents' content, name and hash; returns how many were erased. */
  int eraseCase(String caseNumber);
}
