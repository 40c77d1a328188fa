package org.avrr.workflow.documents;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default's store: a document's content in its own row of {@code avrr_document}, in
 * the transaction that adds the row, so the two are kept or lost together.
 */
final class DatabaseContent implements ObjectStore {

  static final String LOCATION = "database";

  private final JdbcTemplate jdbc;

  DatabaseContent(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String location() {
    return LOCATION;
  }

  @Override
  public void put(String id, byte[] content) {
    jdbc.update("UPDATE avrr_document SET content = ? WHERE id = ?", content, id);
  }

  @Override
  public byte[] get(String id) {
    return jdbc.query(
        "SELECT content FROM avrr_document WHERE id = ?",
        row -> row.next() ? row.getBytes(1) : null,
        id);
  }

  @Override
  public void delete(String id) {
    jdbc.update("UPDATE avrr_document SET content = NULL WHERE id = ?", id);
  }
}
