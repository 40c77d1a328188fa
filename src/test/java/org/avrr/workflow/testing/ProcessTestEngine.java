package org.avrr.workflow.testing;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.workflow.arrival.ArrivalFormRules;
import org.avrr.workflow.arrival.ArrivalProperties;
import org.avrr.workflow.arrival.ArrivalSettings;
import org.avrr.workflow.callback.CallbackInbox;
import org.avrr.workflow.casefile.CaseErasure;
import org.avrr.workflow.casefile.CaseErasureDelegate;
import org.avrr.workflow.casefile.CaseErasureFormRules;
import org.avrr.workflow.casefile.CaseNumberAssigner;
import org.avrr.workflow.casefile.DocumentFilesDeletionDelegate;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.counselling.CaseWithdrawalDelegate;
import org.avrr.workflow.counselling.CaseWithdrawalFormRules;
import org.avrr.workflow.counselling.FirstContactDeadline;
import org.avrr.workflow.counselling.IntakeFormRules;
import org.avrr.workflow.counselling.IntakeProperties;
import org.avrr.workflow.documents.CaseDocumentErasure;
import org.avrr.workflow.eligibility.EligibilityFormRules;
import org.avrr.workflow.eligibility.EligibilityProperties;
import org.avrr.workflow.eligibility.EligibilitySettings;
import org.avrr.workflow.eligibility.MigrationStatusCheckDelegate;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormValidationPlugin;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.avrr.workflow.inbound.ArrivalRegistrationDelegate;
import org.avrr.workflow.inbound.InboundFormRules;
import org.avrr.workflow.inbound.InboundSettings;
import org.avrr.workflow.inbound.ReferralRegistrationDelegate;
import org.avrr.workflow.inbound.ReferralRegistrationFormRules;
import org.avrr.workflow.notification.NoticeTemplates;
import org.avrr.workflow.notification.NotificationProperties;
import org.avrr.workflow.notification.SendNoticeDelegate;
import org.avrr.workflow.outbound.OutboundCases;
import org.avrr.workflow.predeparture.ExitClearanceRequestDelegate;
import org.avrr.workflow.predeparture.PreDepartureFormRules;
import org.avrr.workflow.predeparture.PreDepartureProperties;
import org.avrr.workflow.predeparture.PreDepartureSettings;
import org.avrr.workflow.reintegration.ReintegrationDelegates;
import org.avrr.workflow.reintegration.ReintegrationFormRules;
import org.avrr.workflow.reintegration.ReintegrationPlans;
import org.avrr.workflow.reintegration.ReintegrationProperties;
import org.avrr.workflow.reintegration.ReintegrationSettings;
import org.avrr.workflow.reintegration.RssScoring;
import org.avrr.workflow.travel.BorderNotificationDelegate;
import org.avrr.workflow.travel.BorderNotificationWithdrawalDelegate;
import org.avrr.workflow.travel.TravelDocuments;
import org.avrr.workflow.travel.TravelFormRules;
import org.avrr.workflow.travel.TravelProperties;
import org.avrr.workflow.travel.TravelRouting;
import org.avrr.workflow.travel.TravelSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The engine of the process tests: in memory, job executor off, the application's own engine
 * plugins (form validation, Spin JSON), and process test coverage asserted per test class. Beans
 * named in the models are registered as real objects wired to test doubles for the outside world.
 */
public final class ProcessTestEngine {

  public static final OfficeProperties OFFICE =
      new OfficeProperties("BY", ZoneId.of("Europe/Minsk"));
  public static final OfficeCalendar CALENDAR = new OfficeCalendar(OFFICE);

  private static final ThreadLocal<ProcessEngine> CURRENT = new ThreadLocal<>();

  /** The referral intake the registration form and step of the current test use. */
  private static final ThreadLocal<FakeReferralIntake> REFERRAL_INTAKE =
      ThreadLocal.withInitial(FakeReferralIntake::new);

  /**
   * Case erasure on the test engine; the callback inbox and the documents it also clears are not
   * there, the referral intake is the test's.
   */
  private static CaseErasure caseErasure(ProcessEngine engine) {
    // No documents table on the test engine: CaseErasureIT checks their erasure.
    return caseErasure(engine, caseNumber -> 0);
  }

  /** The erasure as the application wires it, with {@code documents} for the case's documents. */
  public static CaseErasure caseErasure(ProcessEngine engine, CaseDocumentErasure documents) {
    return new CaseErasure(
        engine.getHistoryService(),
        engine.getRuntimeService(),
        new CallbackInbox(null) {
          @Override
          public int forgetCase(String caseNumber) {
            return 0;
          }
        },
        referralIntake(),
        new org.springframework.beans.factory.support.StaticListableBeanFactory()
            .getBeanProvider(org.avrr.workflow.notification.MailCapture.class),
        documents);
  }

  /** The current test's referral intake: what "Register a mission's referral" opened. */
  public static FakeReferralIntake referralIntake() {
    return REFERRAL_INTAKE.get();
  }

  private ProcessTestEngine() {}

  /**
   * @param calledProcesses keys of processes deployed only because the tested one calls them; their
   *     coverage is asserted by their own test classes
   */
  public static ProcessEngineCoverageExtension extension(String... calledProcesses) {
    return (ProcessEngineCoverageExtension)
        ProcessEngineCoverageExtension.builder(configuration())
            .assertClassCoverageAtLeast(1.0)
            .excludeProcessDefinitionKeys(calledProcesses)
            .build();
  }

  private static ProcessEngineConfiguration configuration() {
    // The coverage variant registers the listeners that record which elements a test passed.
    ProcessCoverageInMemProcessEngineConfiguration configuration =
        new ProcessCoverageInMemProcessEngineConfiguration();
    String name = "process-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDbMetricsReporterActivate(false);
    configuration.setProcessEnginePlugins(
        List.of(
            new SpinProcessEnginePlugin(), new FormValidationPlugin(ProcessTestEngine::formRules)));
    return configuration;
  }

  /** The same form rules as the application, built without Spring. */
  private static List<FormRule> formRules() {
    IntakeFormRules intake = new IntakeFormRules();
    EligibilityFormRules eligibility = new EligibilityFormRules();
    OutboundCases cases = new OutboundCases(CURRENT.get().getRuntimeService());
    PreDepartureFormRules preDeparture = new PreDepartureFormRules();
    TravelFormRules travel = new TravelFormRules();
    ArrivalFormRules arrival = new ArrivalFormRules();
    ReintegrationFormRules reintegration = new ReintegrationFormRules();
    InboundFormRules inbound = new InboundFormRules();
    return List.of(
        intake.registrationRules(CALENDAR),
        intake.dataConsentRules(CALENDAR),
        intake.counsellingSessionRules(CALENDAR),
        intake.returnDeclarationRules(CALENDAR),
        eligibility.vulnerabilityScreeningRules(CALENDAR),
        eligibility.unhcrReferralRules(CALENDAR),
        eligibility.notEligibleNoticeRules(CALENDAR),
        new CaseWithdrawalFormRules().caseWithdrawalRules(CALENDAR, cases),
        preDeparture.travelDocumentCheckRules(CALENDAR),
        preDeparture.emergencyDocumentRequestRules(CALENDAR),
        preDeparture.emergencyDocumentOutcomeRules(CALENDAR),
        preDeparture.exitClearancePaperAnswerRules(CALENDAR),
        preDeparture.fitnessToTravelRules(CALENDAR),
        preDeparture.accommodationRules(CALENDAR),
        travel.travelBookingRules(CALENDAR),
        travel.bookingCancellationRules(CALENDAR),
        travel.preEmbarkationRules(),
        travel.departureConfirmationRules(),
        arrival.arrivalConfirmationRules(CALENDAR),
        arrival.arrivalChaseRules(CALENDAR),
        reintegration.reintegrationAssessmentRules(),
        reintegration.reintegrationPlanRules(REINTEGRATION),
        reintegration.reintegrationPlanApprovalRules(REINTEGRATION),
        reintegration.instalmentPaymentRules(CALENDAR),
        reintegration.monitoringVisitRules(CALENDAR),
        inbound.inboundDepartureRules(CALENDAR),
        inbound.inboundArrivalRules(CALENDAR),
        new ReferralRegistrationFormRules()
            .referralRegistrationRules(MISSIONS, CALENDAR, REFERRAL_INTAKE.get()),
        new CaseErasureFormRules().caseErasureRules(caseErasure(CURRENT.get()), CALENDAR));
  }

  /**
   * Registers the beans the models name, as the application wires them, with the Ministry replaced
   * by {@code ministry}. Call in {@code @BeforeEach}.
   */
  public static final NotificationProperties NOTIFICATION =
      new NotificationProperties(
          "avrr-workflow@office.example",
          Map.of(
              "case-managers",
              List.of("case-managers@office.example"),
              "reintegration-officers",
              List.of("reintegration@office.example")));

  /** The receiving mission of the typical case (CaseData: returning to Iraq). */
  public static final MissionDirectory MISSIONS =
      new MissionDirectory(
          new IdentityProperties(
              false,
              List.of(
                  new IdentityProperties.Mission(
                      "irq", "IOM Iraq", "IQ", "avrr-mission-irq@iom.example"),
                  new IdentityProperties.Mission(
                      "tur", "IOM Türkiye", "TR", "avrr-mission-tur@iom.example"))));

  /** Travel limits as configured by default. */
  public static final TravelProperties TRAVEL = new TravelProperties(3);

  /** Pre-departure deadlines as configured by default. */
  public static final PreDepartureProperties PRE_DEPARTURE =
      new PreDepartureProperties(Duration.ofDays(30), Duration.ofDays(21));

  /** Reintegration deadlines and limits as configured by default. */
  public static final ReintegrationProperties REINTEGRATION =
      new ReintegrationProperties(
          Period.ofDays(21),
          Period.ofDays(30),
          3,
          Period.ofDays(15),
          List.of(Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(12)),
          Period.ofMonths(12),
          Period.ofMonths(1),
          3,
          Period.ofDays(7),
          "senior-approvers",
          "BELARUS_AVRR",
          "IOM_RSS_2017");

  public static void registerBeans(ProcessEngine engine, FakeMinistry ministry) {
    registerBeans(engine, ministry, new FakeNoticeSender());
  }

  public static void registerBeans(
      ProcessEngine engine, FakeMinistry ministry, FakeNoticeSender mail) {
    registerBeans(engine, ministry, new FakeBorderAuthority(), mail);
  }

  public static void registerBeans(
      ProcessEngine engine,
      FakeMinistry ministry,
      FakeBorderAuthority border,
      FakeNoticeSender mail) {
    CURRENT.set(engine);
    CompensationCoverageBridge.install(engine);
    AtomicLong sequence = new AtomicLong();
    Mocks.register("caseNumberAssigner", new CaseNumberAssigner(sequence::incrementAndGet, OFFICE));
    Mocks.register(
        "firstContactDeadline", new FirstContactDeadline(new IntakeProperties(3), OFFICE));
    Mocks.register("migrationStatusCheckDelegate", new MigrationStatusCheckDelegate(ministry));
    Mocks.register("eligibilitySettings", new EligibilitySettings(new EligibilityProperties(true)));
    try {
      Mocks.register(
          "sendNoticeDelegate",
          new SendNoticeDelegate(new NoticeTemplates(NOTIFICATION, OFFICE, MISSIONS), mail));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Mocks.register("preDepartureSettings", new PreDepartureSettings(PRE_DEPARTURE));
    Mocks.register("exitClearanceRequestDelegate", new ExitClearanceRequestDelegate(ministry));
    Mocks.register("travelSettings", new TravelSettings(TRAVEL, OFFICE));
    Mocks.register(
        "travelRouting",
        new TravelRouting(MISSIONS, org.avrr.workflow.i18n.ProcessCatalogue.load()));
    Mocks.register(
        "arrivalSettings",
        new ArrivalSettings(new ArrivalProperties(Duration.ofHours(72)), OFFICE, MISSIONS));
    Mocks.register(
        "borderNotificationDelegate",
        new BorderNotificationDelegate(border, new TravelDocuments(), OFFICE));
    Mocks.register(
        "borderNotificationWithdrawalDelegate", new BorderNotificationWithdrawalDelegate(border));
    ReintegrationSettings reintegration =
        new ReintegrationSettings(REINTEGRATION, OFFICE, MISSIONS);
    Mocks.register("reintegrationSettings", reintegration);
    ReintegrationPlans plans = new ReintegrationPlans(reintegration, CALENDAR);
    RssScoring scoring =
        new RssScoring(engine.getDecisionService(), engine.getRepositoryService(), REINTEGRATION);
    ReintegrationDelegates delegates = new ReintegrationDelegates();
    Mocks.register("reintegrationPlans", plans);
    Mocks.register("rssSurveyScoringDelegate", delegates.rssSurveyScoringDelegate(scoring));
    Mocks.register("planRecordingDelegate", delegates.planRecordingDelegate(plans));
    Mocks.register("instalmentSchedulingDelegate", delegates.instalmentSchedulingDelegate(plans));
    Mocks.register("paymentRecordingDelegate", delegates.paymentRecordingDelegate(plans));
    Mocks.register("inboundSettings", new InboundSettings(OFFICE));
    Mocks.register("arrivalRegistrationDelegate", new ArrivalRegistrationDelegate(border));
    Mocks.register("caseErasureDelegate", new CaseErasureDelegate(caseErasure(engine), CALENDAR));
    Mocks.register(
        "documentFilesDeletionDelegate", new DocumentFilesDeletionDelegate(caseErasure(engine)));
    Mocks.register(
        "referralRegistrationDelegate",
        new ReferralRegistrationDelegate(MISSIONS, REFERRAL_INTAKE.get(), CALENDAR));
    Mocks.register(
        "caseWithdrawalDelegate",
        new CaseWithdrawalDelegate(new OutboundCases(engine.getRuntimeService())));
  }

  /** Call in {@code @AfterEach}. */
  public static void reset() {
    Mocks.reset();
    CURRENT.remove();
    REFERRAL_INTAKE.get().clear();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }
}
