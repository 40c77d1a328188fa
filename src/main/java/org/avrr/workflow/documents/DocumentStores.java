package org.avrr.workflow.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where documents' content is kept: new documents in the configured store (an object store through
 * S3 where {@code avrr.documents.s3.bucket} is set, else the database); each document read from
 * where it was written, recorded with it, so an office that moves to an object store still reads
 * the documents it kept in the database before.
 */
public final class DocumentStores implements AutoCloseable {

  private final ObjectStore current;
  private final Map<String, ObjectStore> byLocation = new LinkedHashMap<>();

  DocumentStores(JdbcTemplate jdbc, DocumentProperties.S3 s3) {
    ObjectStore database = new DatabaseContent(jdbc);
    byLocation.put(database.location(), database);
    current = s3.configured() ? new S3ObjectStore(s3) : database;
    byLocation.put(current.location(), current);
  }

  /** Where new documents go. */
  ObjectStore current() {
    return current;
  }

  /** The store a document was written to, by the location recorded with it. */
  ObjectStore at(String location) {
    ObjectStore store = byLocation.get(location == null ? DatabaseContent.LOCATION : location);
    if (store == null) {
      throw new ObjectStore.StoreUnavailable(
          "This document is kept in "
              + location
              + ", which this application is not configured to reach (avrr.documents.s3.*).",
          null);
    }
    return store;
  }

  @Override
  public void close() throws Exception {
    if (current instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
