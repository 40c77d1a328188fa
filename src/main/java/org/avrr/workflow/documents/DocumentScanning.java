package org.avrr.workflow.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The malware scanner uploads pass (clamd where one is configured, none otherwise) and where their
 * content is kept (an object store where one is configured, the database otherwise); both logged.
 */
@Configuration
class DocumentScanning {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentScanning.class);

  @Bean
  MalwareScanner malwareScanner(DocumentProperties properties) {
    DocumentProperties.Scanner scanner = properties.scanner();
    MalwareScanner chosen =
        scanner.configured()
            ? new ClamdScanner(scanner.host(), scanner.port(), scanner.timeout())
            : new NoScanner();
    LOG.info("Documents are scanned by: {}", chosen.describe());
    return chosen;
  }

  @Bean
  DocumentStores documentStores(JdbcTemplate jdbc, DocumentProperties properties) {
    DocumentStores stores = new DocumentStores(jdbc, properties.s3());
    LOG.info("Documents are kept in: {}", stores.current().location());
    return stores;
  }
}
