package org.avrr.workflow.authority.border;

/**
 * Where a migrant leaves Belarus. The travel routing rules (processes/travel-routing.dmn) decide
 * which of these a route may use.
 */
public enum CrossingPoint {
  /** Minsk National Airport (MSQ): the only exit for those who entered under the visa-free rule. */
  MINSK_NATIONAL_AIRPORT,
  /** Brest, Gomel, Grodno, Mogilev or Vitebsk airport. */
  REGIONAL_AIRPORT,
  LAND_BORDER_POLAND,
  LAND_BORDER_LITHUANIA,
  LAND_BORDER_LATVIA,
  /** No border control on the Russian side: closed to third-country nationals. */
  LAND_BORDER_RUSSIA
}
