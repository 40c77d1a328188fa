package org.avrr.workflow.testing;

/** Resources of a complete outbound case, for tests that walk a case through its stages. */
public final class OutboundDeployment {

  private OutboundDeployment() {}

  public static final String OUTBOUND = "processes/avrr-outbound.bpmn";
  public static final String INTAKE = "processes/intake-counselling.bpmn";
  public static final String ELIGIBILITY = "processes/eligibility.bpmn";
  public static final String TRIAGE_TABLE = "processes/vulnerability-triage.dmn";
  public static final String ELIGIBILITY_TABLES = "processes/eligibility-rules.dmn";
  public static final String PRE_DEPARTURE = "processes/pre-departure.bpmn";
  public static final String TRAVEL_READINESS_TABLE = "processes/travel-readiness.dmn";
  public static final String TRAVEL = "processes/travel.bpmn";
  public static final String TRAVEL_ROUTING_TABLE = "processes/travel-routing.dmn";
  public static final String ARRIVAL = "processes/arrival.bpmn";
  public static final String REINTEGRATION = "processes/reintegration.bpmn";
  public static final String GRANT_TABLES = "processes/reintegration-grant.dmn";
  public static final String RSS_TABLES = "processes/rss-scoring.dmn";
  public static final String WITHDRAWAL = "processes/case-withdrawal.bpmn";
}
