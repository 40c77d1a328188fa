package org.avrr.workflow.reintegration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.forms.FormValues;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.i18n.Messages;

/**
 * A returnee's reintegration plan: components drawn from the feasibility grid (shared/DOMAIN.md,
 * "Reintegration"), each with its amount, modality and schedule, in the programme's currency. Read
 * from the plan form's numbered components or from a mission's callback, checked the same way for
 * both, and turned into the instalments finance pays.
 */
public record ReintegrationPlan(String currency, List<Component> components) {

  /** The feasibility grid. */
  public enum Kind {
    CASH_ASSISTANCE("Cash assistance", true),
    IN_KIND_ASSISTANCE("In-kind assistance", true),
    JOB_PLACEMENT("Job placement", false),
    BUSINESS_START_UP("Business start-up", true),
    VOCATIONAL_TRAINING("Vocational training", true),
    EDUCATION("Education or scholarship", true),
    MEDICAL_CARE("Medical care", true),
    HOUSING("Housing", true),
    PSYCHOSOCIAL_SUPPORT("Psychosocial support", false),
    REFERRAL("Referral to a partner", false);

    private final String english;
    private final boolean costs;

    Kind(String english, boolean costs) {
      this.english = english;
      this.costs = costs;
    }

    public String label() {
      return english;
    }

    /** In {@code language} (i18n/messages: plan.kind.*). */
    public String label(String language) {
      return Messages.text(language, "plan.kind." + name());
    }

    /** Whether the component always spends money (a referral or a job placement may not). */
    boolean costs() {
      return costs;
    }
  }

  public enum Modality {
    CASH("cash to the returnee"),
    IN_KIND("in kind, paid to a supplier");

    private final String english;

    Modality(String english) {
      this.english = english;
    }

    public String label() {
      return english;
    }

    /** In {@code language} (i18n/messages: plan.modality.*). */
    public String label(String language) {
      return Messages.text(language, "plan.modality." + name());
    }
  }

  /**
   * @param firstDueMonths months after arrival when the first instalment falls due (0: as soon as
   *     the plan is approved)
   * @param intervalMonths months between instalments (when there is more than one)
   */
  public record Component(
      Kind kind,
      String description,
      BigDecimal amount,
      Modality modality,
      String supplier,
      int instalments,
      int firstDueMonths,
      int intervalMonths) {}

  /** One payment or purchase finance records, with its evidence, before the next falls due. */
  public record Instalment(
      int number,
      int componentInstalment,
      int componentInstalments,
      Kind kind,
      String description,
      BigDecimal amount,
      String currency,
      Modality modality,
      String supplier,
      LocalDate dueOn) {

    /** E.g. "Business start-up: sewing machine (instalment 1 of 2)". */
    public String title() {
      return title(Languages.ENGLISH);
    }

    public String title(String language) {
      String title = kind.label(language) + ": " + description;
      return componentInstalments > 1
          ? Messages.text(
              language, "plan.instalmentOf", title, componentInstalment, componentInstalments)
          : title;
    }
  }

  /** The names of a component's fields (numbered 1 to {@link #SLOTS} in the plan form). */
  public static final String KIND = "component";

  public static final String DESCRIPTION = "description";
  public static final String AMOUNT = "amount";
  public static final String MODALITY = "modality";
  public static final String SUPPLIER = "supplier";
  public static final String INSTALMENTS = "instalments";
  public static final String FIRST_DUE_MONTHS = "firstDueMonths";
  public static final String INTERVAL_MONTHS = "intervalMonths";

  /**
   * The plan form offers this many numbered components (fields {@code component1}, {@code
   * description1}, ... {@code intervalMonths5}); a plan has at most as many. Numbered fields rather
   * than a form-js dynamic list: Tasklist 7.24 cannot complete a form with a dynamic list.
   */
  public static final int SLOTS = 5;

  static final int MAX_INSTALMENTS = 6;

  private static final List<String> FIELDS =
      List.of(
          KIND,
          DESCRIPTION,
          AMOUNT,
          MODALITY,
          SUPPLIER,
          INSTALMENTS,
          FIRST_DUE_MONTHS,
          INTERVAL_MONTHS);

  /**
   * What is wrong, and with which component (1-based; 0 for the plan as a whole), in words chosen
   * when the reader is known: a drafter in Tasklist reads it in their language, a mission's system
   * in English.
   */
  public record Problem(int component, Message words) {

    /** In English, as partner systems read it. */
    public String message() {
      return words.in(Languages.ENGLISH);
    }

    public String message(String language) {
      return words.in(language);
    }

    @Override
    public String toString() {
      return component == 0 ? message() : "component " + component + ": " + message();
    }
  }

  /** A plan that cannot be accepted, with every reason in words the drafter understands. */
  public static final class InvalidPlanException extends RuntimeException {
    private final List<Problem> problems;

    InvalidPlanException(List<Problem> problems) {
      super(String.join("; ", problems.stream().map(Problem::toString).toList()));
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * The components the plan form's numbered fields hold, e.g. {@code component2}: the first ones
   * chosen, up to the first left empty (the form shows a component only once the one before it is
   * chosen, so anything after a gap is left over from an earlier version).
   */
  public static List<Map<String, Object>> slotRows(
      java.util.function.Function<String, Object> values) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int slot = 1; slot <= SLOTS; slot++) {
      Object kind = values.apply(KIND + slot);
      if (kind == null || (kind instanceof String text && text.isBlank())) {
        break;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (String field : FIELDS) {
        Object value = values.apply(field + slot);
        if (value != null) {
          row.put(field, value);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** The plan as the form's numbered fields, every slot after the plan's components emptied. */
  public Map<String, Object> slotVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<Map<String, Object>> rows = rows();
    for (int slot = 1; slot <= SLOTS; slot++) {
      Map<String, Object> row = slot <= rows.size() ? rows.get(slot - 1) : Map.of();
      for (String field : FIELDS) {
        Object value = row.get(field);
        variables.put(
            field + slot, value instanceof BigDecimal amount ? amount.doubleValue() : value);
      }
    }
    return variables;
  }

  /**
   * Reads and checks a plan.
   *
   * @param rows the components, one map per component: as {@link #slotRows} reads them from the
   *     form, a list of maps, or Spin JSON (as stored on the case)
   * @param currency the programme's currency (from the grant table)
   * @param windowMonths every instalment must fall due within the assistance window
   * @throws InvalidPlanException naming every problem
   */
  public static ReintegrationPlan read(Object rows, String currency, int windowMonths) {
    List<Map<String, Object>> read = FormValues.rows(rows);
    List<Problem> problems = new ArrayList<>();
    if (read == null) {
      throw new InvalidPlanException(List.of(new Problem(0, Message.of("plan.problem.notAList"))));
    }
    if (read.isEmpty()) {
      problems.add(new Problem(0, Message.of("plan.problem.noComponent")));
    }
    if (read.size() > SLOTS) {
      problems.add(new Problem(0, Message.of("plan.problem.tooMany", SLOTS)));
    }
    List<Component> components = new ArrayList<>();
    for (int index = 0; index < read.size(); index++) {
      RowReader row = new RowReader(read.get(index), index + 1, problems);
      Component component = row.component(windowMonths);
      if (component != null) {
        components.add(component);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    return new ReintegrationPlan(currency, List.copyOf(components));
  }

  public BigDecimal total() {
    return components.stream().map(Component::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The payments and purchases in the order they fall due: each component's amount split into its
   * instalments (cents to the last), due its months after arrival. Components without an amount (a
   * referral, say) are delivered by the reintegration officer, not paid.
   */
  public List<Instalment> instalments(LocalDate arrivedOn) {
    record Due(Component component, int index, BigDecimal amount, LocalDate dueOn) {}
    List<Due> dues = new ArrayList<>();
    for (Component component : components) {
      if (component.amount().signum() == 0) {
        continue;
      }
      BigDecimal share =
          component
              .amount()
              .divide(BigDecimal.valueOf(component.instalments()), 2, RoundingMode.DOWN);
      BigDecimal remaining = component.amount();
      for (int index = 0; index < component.instalments(); index++) {
        boolean last = index == component.instalments() - 1;
        BigDecimal amount = last ? remaining : share;
        remaining = remaining.subtract(amount);
        LocalDate dueOn =
            arrivedOn.plusMonths(
                component.firstDueMonths() + (long) index * component.intervalMonths());
        dues.add(new Due(component, index, amount, dueOn));
      }
    }
    dues.sort(Comparator.comparing(Due::dueOn));
    List<Instalment> instalments = new ArrayList<>();
    for (Due due : dues) {
      Component component = due.component();
      instalments.add(
          new Instalment(
              instalments.size() + 1,
              due.index() + 1,
              component.instalments(),
              component.kind(),
              component.description(),
              due.amount(),
              currency,
              component.modality(),
              component.supplier(),
              due.dueOn()));
    }
    return instalments;
  }

  /** The plan as the approver and the mails show it: one line per component, then the total. */
  public String summary() {
    return summary(Languages.ENGLISH);
  }

  /** As {@link #summary()}, in {@code language} (the descriptions as they were typed). */
  public String summary(String language) {
    StringBuilder text = new StringBuilder();
    for (Component component : components) {
      text.append("- ")
          .append(component.kind().label(language))
          .append(": ")
          .append(component.description())
          .append(" — ")
          .append(money(component.amount(), language))
          .append(", ")
          .append(component.modality().label(language));
      if (component.modality() == Modality.IN_KIND) {
        text.append(" (").append(component.supplier()).append(")");
      }
      if (component.amount().signum() > 0) {
        text.append(", ").append(schedule(component, language));
      }
      text.append('\n');
    }
    return text.append("\n")
        .append(Messages.text(language, "plan.total", money(total(), language)))
        .toString();
  }

  /** The rows as stored on the case (and shown again when the plan is returned for amendment). */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Component component : components) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(KIND, component.kind().name());
      row.put(DESCRIPTION, component.description());
      row.put(AMOUNT, component.amount());
      row.put(MODALITY, component.modality().name());
      if (component.supplier() != null) {
        row.put(SUPPLIER, component.supplier());
      }
      row.put(INSTALMENTS, component.instalments());
      row.put(FIRST_DUE_MONTHS, component.firstDueMonths());
      if (component.instalments() > 1) {
        row.put(INTERVAL_MONTHS, component.intervalMonths());
      }
      rows.add(row);
    }
    return rows;
  }

  public String money(BigDecimal amount) {
    return money(amount, Languages.ENGLISH);
  }

  /** EUR 1,450.50 in English, EUR 1 450,50 in Russian: as the reader writes numbers. */
  public String money(BigDecimal amount, String language) {
    return currency + " " + String.format(Languages.locale(language), "%,.2f", amount);
  }

  private static String schedule(Component component, String language) {
    String first =
        component.firstDueMonths() == 0
            ? Messages.text(language, "plan.schedule.onApproval")
            : Messages.text(language, "plan.schedule.afterArrival", component.firstDueMonths());
    return component.instalments() == 1
        ? Messages.text(language, "plan.schedule.once", first)
        : Messages.text(
            language,
            "plan.schedule.instalments",
            component.instalments(),
            first,
            component.intervalMonths());
  }

  /** Reads one row, adding a problem in words for each thing wrong. */
  private record RowReader(Map<String, Object> row, int number, List<Problem> problems) {

    Component component(int windowMonths) {
      int before = problems.size();
      Kind kind = choice(KIND, Kind.class, "plan.field.kind");
      String description = text(DESCRIPTION, "plan.field.description", 200, true);
      BigDecimal amount = amount();
      Modality modality = choice(MODALITY, Modality.class, "plan.field.modality");
      String supplier = text(SUPPLIER, "plan.field.supplier", 200, modality == Modality.IN_KIND);
      int instalments = whole(INSTALMENTS, "plan.field.instalments", 1, MAX_INSTALMENTS, 1);
      int firstDue = whole(FIRST_DUE_MONTHS, "plan.field.firstDue", 0, 24, 0);
      int interval = instalments > 1 ? whole(INTERVAL_MONTHS, "plan.field.interval", 1, 12, -1) : 0;
      if (kind != null && amount != null && kind.costs() && amount.signum() == 0) {
        problem(Message.of("plan.problem.needsAmount", Message.of("plan.kind." + kind.name())));
      }
      if (modality == Modality.CASH
          && row.get(SUPPLIER) instanceof String text
          && !text.isBlank()) {
        problem(Message.of("plan.problem.supplierOnlyInKind"));
      }
      int lastDue = firstDue + (instalments - 1) * Math.max(interval, 0);
      if (amount != null && amount.signum() > 0 && lastDue > windowMonths) {
        problem(Message.of("plan.problem.afterWindow", lastDue, windowMonths));
      }
      if (problems.size() > before) {
        return null;
      }
      return new Component(
          kind,
          description,
          amount,
          modality,
          modality == Modality.IN_KIND ? supplier : null,
          instalments,
          firstDue,
          interval);
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, String label) {
      Object value = row.get(key);
      if (value instanceof String text && !text.isBlank()) {
        try {
          return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
          problem(Message.of("plan.problem.notListed", Message.of(label), text));
          return null;
        }
      }
      problem(Message.of("plan.problem.required", Message.of(label)));
      return null;
    }

    private String text(String key, String label, int maxLength, boolean required) {
      Object value = row.get(key);
      if (value == null || (value instanceof String blank && blank.isBlank())) {
        if (required) {
          problem(Message.of("plan.problem.required", Message.of(label)));
        }
        return null;
      }
      if (!(value instanceof String text)) {
        problem(Message.of("plan.problem.notText", Message.of(label)));
        return null;
      }
      if (text.length() > maxLength) {
        problem(Message.of("plan.problem.tooLong", Message.of(label), maxLength));
      }
      return text.strip();
    }

    private BigDecimal amount() {
      Object value = row.get(AMOUNT);
      if (!(value instanceof Number number)) {
        problem(
            Message.of(
                value == null ? "plan.problem.required" : "plan.problem.notANumber",
                Message.of("plan.field.amount")));
        return null;
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        problem(Message.of("plan.problem.notANumber", Message.of("plan.field.amount")));
        return null;
      }
      if (amount.signum() < 0) {
        problem(Message.of("plan.problem.negative"));
        return null;
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        problem(Message.of("plan.problem.decimals"));
        return null;
      }
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private int whole(String key, String label, int min, int max, int absent) {
      Object value = row.get(key);
      if (value == null) {
        if (absent < 0) {
          problem(Message.of("plan.problem.required", Message.of(label)));
        }
        return Math.max(absent, min);
      }
      if (!(value instanceof Number number)
          || number.doubleValue() != Math.rint(number.doubleValue())) {
        problem(Message.of("plan.problem.notWhole", Message.of(label)));
        return min;
      }
      int whole = number.intValue();
      if (whole < min || whole > max) {
        problem(Message.of("plan.problem.outOfRange", Message.of(label), min, max));
        return min;
      }
      return whole;
    }

    private void problem(Message words) {
      problems.add(new Problem(number, words));
    }
  }
}
