package org.avrr.workflow.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.reintegration.ReintegrationPlan.Instalment;
import org.avrr.workflow.reintegration.ReintegrationPlan.InvalidPlanException;
import org.avrr.workflow.reintegration.ReintegrationPlan.Kind;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** A plan as the drafter writes it and as finance pays it. */
class ReintegrationPlanTest {

  private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 10);

  /** A tailoring business in two halves, a month's rent through the landlord, a referral. */
  static final String TAILORING_PLAN =
      """
      [{"component": "BUSINESS_START_UP", "description": "Sewing machine and fabric",
        "amount": 1200, "modality": "IN_KIND", "supplier": "Baghdad Sewing Supplies",
        "instalments": 2, "firstDueMonths": 0, "intervalMonths": 6},
       {"component": "HOUSING", "description": "First month's rent", "amount": 250.5,
        "modality": "CASH", "instalments": 1, "firstDueMonths": 1},
       {"component": "REFERRAL", "description": "Vocational centre of the municipality",
        "amount": 0, "modality": "CASH"}]""";

  @Test
  void aPlanFromTasklistHasItsTotalAndItsInstalmentsInTheOrderTheyFallDue() {
    ReintegrationPlan plan = ReintegrationPlan.read(Spin.JSON(TAILORING_PLAN), "EUR", 12);

    assertThat(plan.total()).isEqualByComparingTo("1450.50");
    List<Instalment> instalments = plan.instalments(ARRIVED);
    assertThat(instalments)
        .extracting(Instalment::number, Instalment::kind, Instalment::amount, Instalment::dueOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, Kind.BUSINESS_START_UP, new BigDecimal("600.00"), ARRIVED),
            org.assertj.core.groups.Tuple.tuple(
                2, Kind.HOUSING, new BigDecimal("250.50"), LocalDate.of(2026, 4, 10)),
            org.assertj.core.groups.Tuple.tuple(
                3, Kind.BUSINESS_START_UP, new BigDecimal("600.00"), LocalDate.of(2026, 9, 10)));
    assertThat(instalments.get(0).title())
        .isEqualTo("Business start-up: Sewing machine and fabric (instalment 1 of 2)");
    assertThat(instalments.get(0).supplier()).isEqualTo("Baghdad Sewing Supplies");
  }

  @Test
  void theLastInstalmentTakesTheCentsThatDoNotDivide() {
    ReintegrationPlan plan =
        ReintegrationPlan.read(
            List.of(
                Map.of(
                    "component", "CASH_ASSISTANCE",
                    "description", "Monthly support",
                    "amount", 100,
                    "modality", "CASH",
                    "instalments", 3,
                    "firstDueMonths", 0,
                    "intervalMonths", 1)),
            "EUR",
            12);

    assertThat(plan.instalments(ARRIVED))
        .extracting(Instalment::amount)
        .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
  }

  @Test
  void theSummaryShowsEachComponentItsModalityAndScheduleAndTheTotal() {
    String summary = ReintegrationPlan.read(Spin.JSON(TAILORING_PLAN), "EUR", 12).summary();

    assertThat(summary)
        .contains(
            "- Business start-up: Sewing machine and fabric — EUR 1,200.00, in kind, paid to a"
                + " supplier (Baghdad Sewing Supplies), 2 instalments, the first on approval, then"
                + " every 6 month(s)")
        .contains(
            "- Housing: First month's rent — EUR 250.50, cash to the returnee, paid 1 month(s)")
        .contains("- Referral to a partner: Vocational centre of the municipality — EUR 0.00")
        .endsWith("Total: EUR 1,450.50");
  }

  @Test
  void theSummaryAndTheInstalmentsTitlesInRussianKeepWhatWasTyped() {
    ReintegrationPlan plan = ReintegrationPlan.read(Spin.JSON(TAILORING_PLAN), "EUR", 12);

    assertThat(plan.summary("ru"))
        .contains(
            // Amounts as Russian writes them: a no-break space between thousands, a decimal comma.
            "- Открытие бизнеса: Sewing machine and fabric — EUR 1\u00a0200,00, в натуральной форме,"
                + " оплата поставщику (Baghdad Sewing Supplies), траншей: 2, первый при одобрении,"
                + " затем каждые 6 мес.")
        .contains(
            "- Жильё: First month's rent — EUR 250,50, наличными возвращающемуся, выплата"
                + " через 1 мес. после прибытия")
        .endsWith("Итого: EUR 1\u00a0450,50");
    assertThat(plan.instalments(ARRIVED).get(0).title("ru"))
        .isEqualTo("Открытие бизнеса: Sewing machine and fabric (транш 1 из 2)");
  }

  @Test
  void thePlanReadsBackFromItsOwnRows() {
    ReintegrationPlan plan = ReintegrationPlan.read(Spin.JSON(TAILORING_PLAN), "EUR", 12);

    assertThat(ReintegrationPlan.read(plan.rows(), "EUR", 12)).isEqualTo(plan);
  }

  @Test
  void everyProblemOfEveryRowIsNamed() {
    assertThatThrownBy(
            () ->
                ReintegrationPlan.read(
                    Spin.JSON(
                        """
                        [{"component": "HOUSING", "description": "Rent", "amount": 0,
                          "modality": "IN_KIND"},
                         {"component": "LOTTERY", "description": "x", "amount": 10.555,
                          "modality": "CASH", "supplier": "Someone"},
                         {"component": "EDUCATION", "description": "Fees", "amount": 900,
                          "modality": "CASH", "instalments": 4, "firstDueMonths": 3,
                          "intervalMonths": 4}]"""),
                    "EUR",
                    12))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e ->
                assertThat(e.problems().stream().map(Object::toString))
                    .containsExactly(
                        "component 1: supplier is required",
                        "component 1: Housing needs an amount",
                        "component 2: component 'LOTTERY' is not one of the listed options",
                        "component 2: amount has at most 2 decimal places",
                        "component 2: a supplier is named only for in-kind components",
                        "component 3: the last instalment falls due 15 months after arrival, after the"
                            + " 12-month assistance window"));
  }

  @Test
  void aDrafterReadsThePlansProblemsInTheirLanguageAMissionsSystemInEnglish() {
    assertThatThrownBy(
            () ->
                ReintegrationPlan.read(
                    Spin.JSON(
                        """
                        [{"component": "HOUSING", "description": "Rent", "amount": 0,
                          "modality": "CASH"}]"""),
                    "EUR",
                    12))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e -> {
              assertThat(e.problems().get(0).message("ru"))
                  .isEqualTo("для компонента «Жильё» нужна сумма");
              assertThat(e.problems().get(0).message()).isEqualTo("Housing needs an amount");
            });
  }

  @Test
  void aPlanNeedsAComponentAndRowsOfFields() {
    assertThatThrownBy(() -> ReintegrationPlan.read(List.of(), "EUR", 12))
        .hasMessage("a plan needs at least one component");
    assertThatThrownBy(() -> ReintegrationPlan.read(Spin.JSON("{}"), "EUR", 12))
        .hasMessage("the components must be a list of objects");
    assertThatThrownBy(() -> ReintegrationPlan.read(null, "EUR", 12))
        .hasMessage("the components must be a list of objects");
  }

  @Test
  void theFormsNumberedComponentsAreReadUpToTheFirstLeftEmptyAndWrittenBack() {
    Map<String, Object> form = new java.util.HashMap<>();
    form.putAll(
        Map.of(
            "component1",
            "HOUSING",
            "description1",
            "First month's rent",
            "amount1",
            250.5,
            "modality1",
            "CASH",
            "instalments1",
            1L,
            "firstDueMonths1",
            1L));
    // Left over from an earlier version, after a gap: not part of the plan.
    form.put("component3", "EDUCATION");

    ReintegrationPlan plan =
        ReintegrationPlan.read(ReintegrationPlan.slotRows(form::get), "EUR", 12);

    assertThat(plan.components()).hasSize(1);
    assertThat(plan.total()).isEqualByComparingTo("250.50");
    Map<String, Object> written = plan.slotVariables();
    assertThat(written)
        .containsEntry("component1", "HOUSING")
        .containsEntry("amount1", 250.5)
        .containsEntry("component3", null)
        .hasSize(ReintegrationPlan.SLOTS * 8);
  }

  @Test
  void moreThanOneInstalmentNeedsTheMonthsBetweenThem() {
    assertThatThrownBy(
            () ->
                ReintegrationPlan.read(
                    List.of(
                        Map.of(
                            "component", "CASH_ASSISTANCE",
                            "description", "Support",
                            "amount", 300,
                            "modality", "CASH",
                            "instalments", 2)),
                    "EUR",
                    12))
        .hasMessage("component 1: months between instalments is required");
  }
}
