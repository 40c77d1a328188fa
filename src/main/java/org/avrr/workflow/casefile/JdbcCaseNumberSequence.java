package org.avrr.workflow.casefile;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * A database sequence ({@code avrr_case_number_seq}, created by schema-*.sql): unique across nodes
 * of a cluster and never blocks concurrent case starts. Gaps (a rolled-back start) are harmless.
 */
@Component
class JdbcCaseNumberSequence implements CaseNumberSequence {

  static final String SEQUENCE = "avrr_case_number_seq";

  private final DataFieldMaxValueIncrementer incrementer;

  JdbcCaseNumberSequence(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.incrementer =
        switch (product) {
          case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
          case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
          default ->
              throw new IllegalStateException(
                  "Unsupported database for case numbers: " + product + " (use H2 or PostgreSQL)");
        };
  }

  @Override
  public long next() {
    return incrementer.nextLongValue();
  }
}
