package org.avrr.workflow.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.avrr.workflow.authority.ExchangeAudit;

/** The audit trail of an adapter test: every record, in order. */
public final class RecordingAudit implements ExchangeAudit {

  private final List<Exchange> records = new CopyOnWriteArrayList<>();

  @Override
  public void record(Exchange exchange) {
    records.add(exchange);
  }

  public List<Exchange> records() {
    return records;
  }
}
