package org.avrr.workflow.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo office's cases: which stage each slot shows and who it is about. The most telling
 * scenarios come first, so a small {@code avrr.demo.cases} still shows work in Tasklist for the
 * office, work for a mission abroad, and an incident in Cockpit. A count beyond the catalogue goes
 * round again with the scenario's next person.
 */
final class DemoCatalogue {

  private DemoCatalogue() {}

  /** Where a demo case is left for the newcomer. */
  enum Scenario {
    FIRST_CONTACT(Flow.OUTBOUND, null, "waiting for 'Make first contact and record data consent'"),
    PLAN_AWAITING_MISSION(
        Flow.INBOUND, null, "reintegration plan awaiting the sending mission's approval"),
    MINISTRY_OUTAGE(
        Flow.OUTBOUND,
        // The sandbox Ministry answers 503 to DOWN... document numbers (docs/sandbox.md).
        "DOWN",
        "incident on 'Check status with the Ministry of Internal Affairs'"),
    TRAVEL_BOOKING(Flow.OUTBOUND, null, "waiting for 'Book the journey'"),
    EXIT_CLEARANCE_PENDING(
        Flow.OUTBOUND,
        // The sandbox Ministry acknowledges XS... exit clearance requests and never decides.
        "XS",
        "waiting for the Ministry's exit clearance"),
    REFERRED_TO_UNHCR(
        Flow.OUTBOUND,
        // The sandbox Ministry records AS... people as asylum seekers: the case goes to UNHCR.
        "AS",
        "closed: referred to UNHCR"),
    COUNSELLING_SESSION(Flow.OUTBOUND, null, "waiting for 'Hold counselling session'"),
    REFERRAL_RECEIVED(Flow.INBOUND, null, "referral received, waiting for 'Prepare the reception'");

    final Flow flow;

    /** Steers the sandbox Ministry by the document number, or null for an ordinary one. */
    final String documentPrefix;

    final String stage;

    Scenario(Flow flow, String documentPrefix, String stage) {
      this.flow = flow;
      this.documentPrefix = documentPrefix;
      this.stage = stage;
    }
  }

  enum Flow {
    OUTBOUND,
    INBOUND
  }

  /**
   * A foreign national in Belarus applying to return home (outbound).
   *
   * @param citizenship alpha-2, as the start form records it; also the country of return
   * @param language a value of the start form's "languages" checklist
   * @param passportLetters how the country's passport numbers begin (no sandbox prefix)
   */
  record Applicant(
      String givenNames,
      String surname,
      String sex,
      String dateOfBirth,
      String citizenship,
      String placeOfBirth,
      String placeOfReturn,
      String language,
      String interpreterLanguage,
      String passportLetters) {}

  /**
   * A Belarus national coming home, referred by IOM Germany (inbound).
   *
   * @param plan one component of the reintegration plan: what, how much (EUR), from whom
   */
  record Returnee(
      String givenNames,
      String surname,
      String sex,
      String dateOfBirth,
      String placeOfReturn,
      String flightNumber,
      String departureAirport,
      String arrivalTime,
      String background,
      String aspiration,
      PlanComponent plan) {}

  record PlanComponent(String component, String description, long amount, String supplier) {}

  /** One slot of the demo office: its scenario and the person it is about. */
  record DemoCase(int slot, Scenario scenario, Applicant applicant, Returnee returnee) {

    /** The start form's document number: the scenario's sandbox prefix, else a plain passport. */
    String documentNumber() {
      String letters =
          scenario.documentPrefix != null ? scenario.documentPrefix : applicant.passportLetters();
      return letters + String.format("%07d", 1_000_000 + (slot * 2_654_435L) % 9_000_000);
    }

    /** IOM Germany's own case reference for the referral: one inbound case per reference. */
    String missionReference() {
      return String.format("DEU-DEMO-%04d", slot);
    }

    String person() {
      return applicant != null
          ? applicant.givenNames()
              + " "
              + applicant.surname()
              + " ("
              + applicant.citizenship()
              + ")"
          : returnee.givenNames() + " " + returnee.surname() + " (BY)";
    }
  }

  /** The first {@code count} slots, going round the scenarios with new people. */
  static List<DemoCase> first(int count) {
    Scenario[] scenarios = Scenario.values();
    List<DemoCase> cases = new ArrayList<>();
    for (int slot = 0; slot < count; slot++) {
      Scenario scenario = scenarios[slot % scenarios.length];
      int round = slot / scenarios.length;
      if (scenario.flow == Flow.OUTBOUND) {
        List<Applicant> people = APPLICANTS.get(scenario);
        cases.add(new DemoCase(slot, scenario, people.get(round % people.size()), null));
      } else {
        List<Returnee> people = RETURNEES.get(scenario);
        cases.add(new DemoCase(slot, scenario, null, people.get(round % people.size())));
      }
    }
    return cases;
  }

  static int size() {
    return Scenario.values().length;
  }

  // Afghanistan is on the office's unsafe-destination list (eligibility-rules.dmn), so only
  // scenarios that stop before the eligibility rules, or that the Ministry's asylum record decides
  // first, have Afghan applicants; cases that must be found eligible return to Iraq or Pakistan.
  private static final java.util.Map<Scenario, List<Applicant>> APPLICANTS =
      java.util.Map.of(
          Scenario.FIRST_CONTACT,
          List.of(
              new Applicant(
                  "Hawre",
                  "Mahmood",
                  "M",
                  "1991-04-22",
                  "IQ",
                  "Sulaymaniyah",
                  "Sulaymaniyah",
                  "KURDISH",
                  "Kurdish (Sorani)",
                  "A"),
              new Applicant(
                  "Shabnam",
                  "Rezaei",
                  "F",
                  "1996-11-03",
                  "AF",
                  "Herat",
                  "Herat",
                  "FARSI",
                  "Dari",
                  "P"),
              new Applicant(
                  "Bilal",
                  "Chaudhry",
                  "M",
                  "1987-02-14",
                  "PK",
                  "Lahore",
                  "Lahore",
                  "URDU",
                  "Urdu",
                  "AB")),
          Scenario.MINISTRY_OUTAGE,
          List.of(
              new Applicant(
                  "Omar",
                  "Al-Jabouri",
                  "M",
                  "1983-07-11",
                  "IQ",
                  "Mosul",
                  "Mosul",
                  "ARABIC",
                  "Arabic (Iraqi)",
                  "A"),
              new Applicant(
                  "Farzana",
                  "Noori",
                  "F",
                  "1999-03-27",
                  "AF",
                  "Mazar-i-Sharif",
                  "Mazar-i-Sharif",
                  "FARSI",
                  "Dari",
                  "P")),
          Scenario.TRAVEL_BOOKING,
          List.of(
              new Applicant(
                  "Ahmed",
                  "Raza",
                  "M",
                  "1993-12-05",
                  "PK",
                  "Sialkot",
                  "Sialkot",
                  "URDU",
                  "Urdu",
                  "AB"),
              new Applicant(
                  "Layla",
                  "Hassan",
                  "F",
                  "1988-05-02",
                  "IQ",
                  "Basra",
                  "Basra",
                  "ARABIC",
                  "Arabic (Iraqi)",
                  "A")),
          Scenario.EXIT_CLEARANCE_PENDING,
          List.of(
              new Applicant(
                  "Dilshad",
                  "Omar",
                  "M",
                  "1990-10-17",
                  "IQ",
                  "Duhok",
                  "Duhok",
                  "KURDISH",
                  "Kurdish (Badini)",
                  "A"),
              new Applicant(
                  "Sana",
                  "Iqbal",
                  "F",
                  "1997-08-09",
                  "PK",
                  "Faisalabad",
                  "Faisalabad",
                  "URDU",
                  "Urdu",
                  "AB")),
          Scenario.REFERRED_TO_UNHCR,
          List.of(
              new Applicant(
                  "Mohammad Wali",
                  "Ahmadzai",
                  "M",
                  "1995-01-25",
                  "AF",
                  "Kabul",
                  "Kabul",
                  "FARSI",
                  "Dari",
                  "P"),
              new Applicant(
                  "Zainab",
                  "Kareem",
                  "F",
                  "1990-04-14",
                  "IQ",
                  "Baghdad",
                  "Baghdad",
                  "ARABIC",
                  "Arabic (Iraqi)",
                  "A")),
          Scenario.COUNSELLING_SESSION,
          List.of(
              new Applicant(
                  "Nadia",
                  "Yousef",
                  "F",
                  "2001-02-12",
                  "IQ",
                  "Kirkuk",
                  "Kirkuk",
                  "ARABIC",
                  "Arabic (Iraqi)",
                  "A"),
              new Applicant(
                  "Rahmatullah",
                  "Safi",
                  "M",
                  "1986-06-30",
                  "AF",
                  "Jalalabad",
                  "Jalalabad",
                  "FARSI",
                  "Dari",
                  "P")));

  private static final java.util.Map<Scenario, List<Returnee>> RETURNEES =
      java.util.Map.of(
          Scenario.PLAN_AWAITING_MISSION,
          List.of(
              new Returnee(
                  "Tatsiana",
                  "Zhuk",
                  "F",
                  "1985-06-19",
                  "Hrodna",
                  "LH1486",
                  "FRA",
                  "15:40",
                  "Worked six years in a care home near Frankfurt; lives with her mother.",
                  "Open a small hairdressing salon in her flat.",
                  new PlanComponent(
                      "BUSINESS_START_UP",
                      "Salon chair, dryer and first stock",
                      1400,
                      "Hrodna Beauty Supplies")),
              new Returnee(
                  "Dzmitry",
                  "Sakalou",
                  "M",
                  "1979-01-08",
                  "Brest",
                  "LH1488",
                  "MUC",
                  "17:05",
                  "Lorry driver in Bavaria for eight years; two brothers in Brest.",
                  "Repair and sell used bicycles from a rented garage.",
                  new PlanComponent(
                      "BUSINESS_START_UP",
                      "Tools and the first months' garage rent",
                      1600,
                      "Brest Tool Centre"))),
          Scenario.REFERRAL_RECEIVED,
          List.of(
              new Returnee(
                  "Siarhei",
                  "Marozau",
                  "M",
                  "1990-12-01",
                  "Gomel",
                  "LH1490",
                  "BER",
                  "13:20",
                  "Rejected asylum claim in Berlin; wishes to rejoin his parents.",
                  "Find work as an electrician.",
                  null),
              new Returnee(
                  "Volha",
                  "Kastsiuk",
                  "F",
                  "1992-09-30",
                  "Vitebsk",
                  "LH1492",
                  "FRA",
                  "19:45",
                  "Stranded after her employer in Hesse closed.",
                  "Finish her accountancy course.",
                  null)));
}
