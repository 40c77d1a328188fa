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
}
