package org.avrr.workflow.authority.migration;

/**
 * The state migration authority: the Ministry of Internal Affairs (its Department of Citizenship
 * and Migration). Contract: docs/api/migration-authority.openapi.yaml.
 */
public interface MigrationAuthority {

  /**
   * The migrant's legal situation in Belarus: status, pending proceedings, removal order, entry
   * ban, fines.
   *
   * @throws PersonNotFoundException the Ministry has no record matching the person (a business
   *     answer)
   * @throws org.avrr.workflow.authority.AuthorityUnavailableException no usable answer (retried)
   */
  StatusCheckResult checkStatus(StatusCheckRequest request);

  /**
   * Asks the Ministry to clear the migrant's exit. The Ministry acknowledges the request at once;
   * its decision arrives later as a callback to {@code
   * /api/callbacks/migration-authority/exit-clearance}, carrying the request's idempotency key.
   *
   * @return the Ministry's reference for the request
   * @throws org.avrr.workflow.authority.AuthorityUnavailableException no acknowledgement (retried)
   */
  String requestExitClearance(ExitClearanceRequest request);
}
