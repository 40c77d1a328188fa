package org.avrr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.junit.jupiter.api.Test;

/** The notice templates in notices/*.txt and how they are filled. */
class NoticeTemplatesTest {

  private static final OfficeProperties OFFICE =
      new OfficeProperties("BY", ZoneId.of("Europe/Minsk"));
  private static final NotificationProperties RECIPIENTS =
      new NotificationProperties(
          "avrr@office.example", Map.of("case-managers", List.of("cm@office.example")));

  /** An office that reads its notices in English. */
  private static final NotificationProperties IN_ENGLISH =
      new NotificationProperties(
          "avrr@office.example",
          Map.of("case-managers", List.of("cm@office.example")),
          "en",
          "en",
          Map.of());

  private static final MissionDirectory MISSIONS =
      new MissionDirectory(
          new IdentityProperties(
              false,
              List.of(
                  new IdentityProperties.Mission("irq", "IOM Iraq", "IQ", "irq@iom.example"),
                  new IdentityProperties.Mission("afg", "IOM Afghanistan", "AF", null))));

  private static final Map<String, Object> CASE_SUMMARY =
      Map.of(
          "caseNumber", "BY-2026-000007",
          "givenNames", "Karwan",
          "surname", "Ahmed",
          "dateOfBirth", "1994-03-14",
          "sex", "M",
          "citizenship", "IQ",
          "placeOfReturn", "Erbil",
          "familyMembersTravelling", 0L,
          "vulnerabilityPriority", "STANDARD",
          "needsMedicalAssessment", false);

  @Test
  void theCaseSummaryGoesToTheMissionInTheCountryOfReturnOnly() throws Exception {
    Map<String, Object> toIraq = new java.util.HashMap<>(CASE_SUMMARY);
    toIraq.put("countryOfReturn", "IQ");
    toIraq.put("medicalNotes", "confidential diagnosis");

    Notice notice =
        new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS)
            .render(Notices.RECEIVING_MISSION_CASE_SUMMARY, toIraq, "k");

    assertThat(notice.to()).containsExactly("irq@iom.example");
    assertThat(notice.subject())
        .isEqualTo("[BY-2026-000007] AVRR case summary: return from Belarus");
    assertThat(notice.body())
        .contains("Karwan Ahmed")
        .contains("Place of return:      Erbil")
        .doesNotContain("confidential diagnosis");
  }

  @Test
  void aCaseSummaryForACountryWithoutAMissionMailboxIsNotSentAnywhereElse() throws Exception {
    NoticeTemplates templates = new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS);
    for (String country : List.of("AF", "SY")) {
      Map<String, Object> variables = new java.util.HashMap<>(CASE_SUMMARY);
      variables.put("countryOfReturn", country);

      assertThatThrownBy(
              () -> templates.render(Notices.RECEIVING_MISSION_CASE_SUMMARY, variables, "k"))
          .hasMessageContaining(
              "no IOM mission with an e-mail address is configured for country " + country);
    }
  }

  @Test
  void theOverdueFirstContactNoticeNamesTheCaseButNoPersonalData() throws Exception {
    NoticeTemplates templates = new NoticeTemplates(IN_ENGLISH, OFFICE, MISSIONS);
    Date due = Date.from(ZonedDateTime.of(2026, 11, 27, 0, 0, 0, 0, OFFICE.zone()).toInstant());

    Notice notice =
        templates.render(
            Notices.FIRST_CONTACT_OVERDUE,
            Map.of(
                "caseNumber", "BY-2026-000007",
                "applicationDate", "2026-11-23",
                "firstContactDue", due,
                "surname", "Ahmed"),
            "BY-2026-000007:Task_Notify");

    assertThat(notice.to()).containsExactly("cm@office.example");
    assertThat(notice.subject()).isEqualTo("[BY-2026-000007] First contact overdue");
    assertThat(notice.body())
        .contains("applied on 2026-11-23")
        .contains("due by 2026-11-27 00:00")
        .doesNotContain("Ahmed");
    assertThat(notice.key()).isEqualTo("BY-2026-000007:Task_Notify");
  }

  @Test
  void theOfficeReadsItsNoticesInRussianAndTheMissionsInEnglishUnlessOneChoseRussian()
      throws Exception {
    Date due = Date.from(ZonedDateTime.of(2026, 11, 27, 0, 0, 0, 0, OFFICE.zone()).toInstant());
    Notice toTheOffice =
        new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS)
            .render(
                Notices.FIRST_CONTACT_OVERDUE,
                Map.of(
                    "caseNumber", "BY-2026-000007",
                    "applicationDate", "2026-11-23",
                    "firstContactDue", due),
                "k");
    assertThat(toTheOffice.subject()).isEqualTo("[BY-2026-000007] Просрочен первый контакт");
    assertThat(toTheOffice.body())
        .contains("подано 2026-11-23")
        .contains("2026-11-27 00:00")
        .contains("«Проконтролировать просроченный первый контакт»");

    Map<String, Object> toIraq = new java.util.HashMap<>(CASE_SUMMARY);
    toIraq.put("countryOfReturn", "IQ");
    assertThat(
            new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS)
                .render(Notices.RECEIVING_MISSION_CASE_SUMMARY, toIraq, "k")
                .subject())
        .isEqualTo("[BY-2026-000007] AVRR case summary: return from Belarus");
    NotificationProperties iraqReadsRussian =
        new NotificationProperties(
            "avrr@office.example",
            RECIPIENTS.recipients(),
            "ru",
            "en",
            Map.of("mission-irq", "ru"));
    assertThat(
            new NoticeTemplates(iraqReadsRussian, OFFICE, MISSIONS)
                .render(Notices.RECEIVING_MISSION_CASE_SUMMARY, toIraq, "k")
                .body())
        .contains("Karwan Ahmed")
        .doesNotContain("Place of return");
  }

  @Test
  void aValueOurCodeWordsIsReadInTheRecipientsLanguage() throws Exception {
    NotificationProperties office =
        new NotificationProperties(
            "avrr@office.example",
            Map.of(
                "case-managers", List.of("cm@office.example"),
                "reintegration-officers", List.of("ro@office.example")));
    Map<String, Object> decided = new java.util.HashMap<>();
    decided.put("caseNumber", "BY-2026-000007");
    decided.put("planRevision", 2L);
    decided.put("planDecisionComments", "none");
    decided.put("planDecisionText", "approved");
    decided.put("planDecisionText_ru", "одобрен");
    NoticeTemplates templates = new NoticeTemplates(office, OFFICE, MISSIONS);
    assertThat(templates.variablesOf("plan-decided"))
        .contains("planDecisionText", "planDecisionText_ru");

    decided.put("reintegrationFieldGroup", "reintegration-officers");
    assertThat(templates.render("plan-decided", decided, "k").subject())
        .contains("одобрен")
        .doesNotContain("approved");
    decided.put("reintegrationFieldGroup", "mission-irq");
    assertThat(templates.render("plan-decided", decided, "k").subject())
        .isEqualTo("[BY-2026-000007] Reintegration plan approved");
  }

  @Test
  void everyNoticeIsWrittenInEveryLanguageToTheSameRecipientWithTheSameData() throws Exception {
    NoticeTemplates templates = new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS);
    java.util.List<String> problems = new java.util.ArrayList<>();
    java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\$\\{([a-zA-Z0-9]+)}");
    assertThat(templates.ids()).hasSizeGreaterThanOrEqualTo(16);
    for (String id : templates.ids()) {
      NoticeTemplates.Template english = templates.template(id, "en");
      for (String language : org.avrr.workflow.i18n.Languages.OFFERED) {
        NoticeTemplates.Template translated = templates.template(id, language);
        if (!language.equals("en") && translated == english) {
          problems.add("notices/" + language + "/" + id + ".txt is missing");
          continue;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.Set<String> englishNames = new java.util.TreeSet<>();
        placeholder
            .matcher(translated.subject() + translated.body())
            .results()
            .forEach(m -> names.add(m.group(1)));
        placeholder
            .matcher(english.subject() + english.body())
            .results()
            .forEach(m -> englishNames.add(m.group(1)));
        if (!names.equals(englishNames)) {
          problems.add(
              "notices/"
                  + language
                  + "/"
                  + id
                  + ".txt shows "
                  + names
                  + ", the English "
                  + englishNames);
        }
      }
    }
    assertThat(problems).as("notice translations").isEmpty();
  }

  @Test
  void aLanguageNoOneOffersIsAConfigurationErrorNamedAtStart() {
    assertThatThrownBy(
            () -> new NotificationProperties("a@b.example", Map.of(), "de", "en", Map.of()))
        .hasMessageContaining("avrr.notification.office-language")
        .hasMessageContaining("[en, ru]");
    assertThatThrownBy(
            () ->
                new NotificationProperties(
                    "a@b.example", Map.of(), "ru", "en", Map.of("mission-irq", "english")))
        .hasMessageContaining("avrr.notification.languages.mission-irq");
  }

  @Test
  void aNoticeWhoseDataIsMissingFailsLoudlyInsteadOfSendingBlanks() throws Exception {
    NoticeTemplates templates = new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS);

    assertThatThrownBy(
            () ->
                templates.render(
                    Notices.FIRST_CONTACT_OVERDUE, Map.of("caseNumber", "BY-2026-000007"), "k"))
        .hasMessageContaining("needs the case variable 'applicationDate'");
  }

  @Test
  void everyTemplateNeedsRecipientsConfiguredOrTheApplicationDoesNotStart() {
    NotificationProperties nobody = new NotificationProperties("avrr@office.example", Map.of());

    assertThatThrownBy(() -> new NoticeTemplates(nobody, OFFICE, MISSIONS))
        .hasMessageContaining("goes to 'case-managers'")
        .hasMessageContaining("avrr.notification.recipients");
  }

  @Test
  void aTemplateNeedsRecipientsAndTheCaseNumberInItsSubject() {
    assertThatThrownBy(() -> NoticeTemplates.parse("x", "Subject: Hello\n---\nbody"))
        .hasMessageContaining("'To:' line");
    assertThatThrownBy(() -> NoticeTemplates.parse("x", "To: case-managers\nSubject: Hi\n---\nb"))
        .hasMessageContaining("${caseNumber}");
    assertThatThrownBy(() -> NoticeTemplates.parse("x", "To: a\nSubject: [${caseNumber}]\nbody"))
        .hasMessageContaining("---");
  }

  @Test
  void anUnknownNoticeIsRefused() throws Exception {
    assertThatThrownBy(
            () ->
                new NoticeTemplates(RECIPIENTS, OFFICE, MISSIONS)
                    .render("no-such-notice", Map.of(), "k"))
        .hasMessageContaining("notices/no-such-notice.txt");
  }
}
