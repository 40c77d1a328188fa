package org.avrr.workflow.demo;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.demo.DemoCatalogue.DemoCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo office: on start, seeds the demo cases ({@code avrr.demo.cases}) that the database does
 * not hold yet, so a newcomer finds work in Tasklist and Cockpit at once.
 *
 * <p>Runs after the application is ready, on a thread of its own: the cases need the web server
 * (the sandbox authorities call back over HTTP) and the job executor, and a slow or failing demo
 * case must never hold up or fail the start. Each case is seeded once per database: its slot is
 * claimed in {@code avrr_demo_case} in the transaction that opens the case (the engine joins
 * Spring's transaction), so a restart skips it and a second node starting on the same database
 * finds the slot taken (primary key) and moves on. A case whose walk fails stays where it stopped,
 * its slot claimed; the failure is logged and the next case is seeded.
 *
 * <p>Not in the schema step, which exits before anything could be walked.
 */
@Component
@Profile("!schema")
public class DemoOffice {

  private static final Logger LOG = LoggerFactory.getLogger(DemoOffice.class);

  private final DemoProperties properties;
  private final DemoCaseWalker walker;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final OfficeCalendar calendar;
  private final CompletableFuture<Integer> seeding = new CompletableFuture<>();
  private volatile Thread worker;

  DemoOffice(
      DemoProperties properties,
      DemoCaseWalker walker,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      OfficeCalendar calendar) {
    this.properties = properties;
    this.walker = walker;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.calendar = calendar;
  }

  /**
   * Completes, with the number of cases this start seeded, when seeding has finished (at once when
   * there is nothing to seed); failures of single cases are logged, not reported here.
   */
  public CompletableFuture<Integer> seeding() {
    return seeding;
  }

  @EventListener(ApplicationReadyEvent.class)
  void applicationReady() {
    if (properties.cases() == 0) {
      seeding.complete(0);
      return;
    }
    Thread thread = new Thread(this::seedMissing, "demo-office");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  @PreDestroy
  void stop() {
    Thread thread = worker;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void seedMissing() {
    int seeded = 0;
    try {
      List<DemoCase> wanted = DemoCatalogue.first(properties.cases());
      Set<Integer> present =
          new HashSet<>(jdbc.queryForList("SELECT slot FROM avrr_demo_case", Integer.class));
      long missing = wanted.stream().filter(c -> !present.contains(c.slot())).count();
      if (missing == 0) {
        LOG.info("Demo office: all {} demo cases are in place (avrr.demo.cases).", wanted.size());
        return;
      }
      LOG.info(
          "Demo office: seeding {} of {} demo cases in the background (avrr.demo.cases)...",
          missing,
          wanted.size());
      for (DemoCase demoCase : wanted) {
        if (Thread.currentThread().isInterrupted()) {
          LOG.info("Demo office: stopped, the application is shutting down.");
          return;
        }
        if (!present.contains(demoCase.slot()) && seed(demoCase)) {
          seeded++;
        }
      }
      LOG.info("Demo office: {} demo cases seeded now, {} in all.", seeded, wanted.size());
    } catch (RuntimeException e) {
      LOG.warn("Demo office: seeding stopped; the application runs on without it.", e);
    } finally {
      seeding.complete(seeded);
    }
  }

  /** One slot: claim it and open its case together, then walk the case to its stage. */
  private boolean seed(DemoCase demoCase) {
    Optional<String> caseNumber;
    try {
      caseNumber = claimAndOpen(demoCase);
    } catch (RuntimeException e) {
      LOG.warn(
          "Demo office: slot {} ({}) could not be opened; carrying on with the next.",
          demoCase.slot(),
          demoCase.scenario(),
          e);
      return false;
    }
    if (caseNumber.isEmpty()) {
      LOG.info("Demo office: slot {} was seeded by another node meanwhile.", demoCase.slot());
      return false;
    }
    try {
      walker.walk(demoCase, caseNumber.get());
      LOG.info(
          "Demo case {} seeded: {}, {} ({}).",
          caseNumber.get(),
          demoCase.person(),
          demoCase.scenario().stage,
          demoCase.scenario());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.info("Demo office: stopped while walking demo case {}.", caseNumber.get());
      return false;
    } catch (RuntimeException e) {
      LOG.warn(
          "Demo case {} ({}) stopped short of its stage '{}'; it stays as it is. Carrying on.",
          caseNumber.get(),
          demoCase.scenario(),
          demoCase.scenario().stage,
          e);
      return false;
    }
  }

  /**
   * Inserts the slot's row and opens its case in one transaction. A slot another node claimed first
   * breaks the primary key (after that node commits): nothing is opened here then.
   */
  private Optional<String> claimAndOpen(DemoCase demoCase) {
    try {
      return Optional.ofNullable(
          transaction.execute(
              status -> {
                jdbc.update(
                    "INSERT INTO avrr_demo_case (slot, scenario, seeded_at) VALUES (?, ?, ?)",
                    demoCase.slot(),
                    demoCase.scenario().name(),
                    Timestamp.from(calendar.now()));
                String caseNumber = walker.open(demoCase);
                jdbc.update(
                    "UPDATE avrr_demo_case SET case_number = ? WHERE slot = ?",
                    caseNumber,
                    demoCase.slot());
                return caseNumber;
              }));
    } catch (DuplicateKeyException seededByAnotherNode) {
      return Optional.empty();
    }
  }
}
