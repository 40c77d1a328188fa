package org.avrr.workflow.documents;

/**
 * The embedded default without a ClamAV daemon: files are not scanned, and each upload's record
 * says so. Production refuses to start without a scanner (ProductionSafetyCheck).
 */
class NoScanner implements MalwareScanner {

  @Override
  public Verdict scan(byte[] content) {
    return new Verdict.NotScanned("no malware scanner is configured (avrr.documents.scanner.host)");
  }

  @Override
  public String describe() {
    return "none (files are not scanned)";
  }
}
