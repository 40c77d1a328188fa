package org.avrr.workflow.forms;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Adds {@link RefusedSubmissionLogFilter} to Logback once Spring Boot has configured logging (just
 * after its logging listener; registered in META-INF/spring.factories). In code rather than in a
 * logback-spring.xml: with no XML of ours Spring Boot configures Logback programmatically, which
 * takes a fifth of a second less of every start than reading an XML configuration (measured, see
 * docs/performance.md), and an office's own {@code logging.config} keeps the filter too.
 */
public class RefusedSubmissionLogFilterInstaller
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext loggers) {
      install(loggers);
    }
  }

  /** Adds the filter unless the configuration (e.g. the tests' logback-test.xml) has it. */
  static void install(LoggerContext loggers) {
    boolean present =
        loggers.getTurboFilterList().stream()
            .anyMatch(filter -> filter instanceof RefusedSubmissionLogFilter);
    if (!present) {
      RefusedSubmissionLogFilter filter = new RefusedSubmissionLogFilter();
      filter.setContext(loggers);
      filter.start();
      loggers.addTurboFilter(filter);
    }
  }
}
