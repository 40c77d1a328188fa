package org.avrr.workflow.common;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Today and ages as the office counts them: in the office's time zone, on the engine's clock (so
 * tests that move the engine clock move "today" too).
 */
@Component
public class OfficeCalendar {

  /** Adulthood in Belarus and for AVRR purposes. */
  public static final int AGE_OF_MAJORITY = 18;

  private final ZoneId zone;

  public OfficeCalendar(OfficeProperties office) {
    this.zone = office.zone();
  }

  /** The office's time zone, in which its days and months are counted. */
  public ZoneId zone() {
    return zone;
  }

  /** Now, on the engine's clock. */
  public java.time.Instant now() {
    return ClockUtil.now().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.now().toInstant(), zone);
  }

  /**
   * "today in Minsk is 2026-12-04": every date rule counts days in the office's zone, not the
   * computer's or the sender's, so a refusal for it says which day that is.
   */
  public String todayNote() {
    return todayNote(today());
  }

  /**
   * As {@link #todayNote()}, in words chosen when the reader is known ("today in Minsk is ...").
   */
  public org.avrr.workflow.i18n.Message todayWords() {
    return org.avrr.workflow.i18n.Message.of("calendar.today", place(), today());
  }

  /** The note for {@code today}, as {@link #todayNote()} words it. */
  public String todayNote(LocalDate today) {
    return "today in " + place() + " is " + today;
  }

  /** The office's place as its time zone names it: Minsk for Europe/Minsk. */
  public String place() {
    String id = zone.getId();
    return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
  }

  /** The office's calendar date of an instant, e.g. of an authority's decision. */
  public LocalDate dateOf(java.time.Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public int ageOn(LocalDate dateOfBirth, LocalDate date) {
    return Period.between(dateOfBirth, date).getYears();
  }

  public boolean isMinorToday(LocalDate dateOfBirth) {
    return ageOn(dateOfBirth, today()) < AGE_OF_MAJORITY;
  }
}
