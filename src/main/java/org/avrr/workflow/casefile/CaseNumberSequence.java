package org.avrr.workflow.casefile;

/** Hands out case serial numbers, unique across every node that shares the database. */
public interface CaseNumberSequence {

  long next();
}
