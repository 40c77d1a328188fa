package org.avrr.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** Operators see real engine errors, not a user's typing mistakes. */
class RefusedSubmissionLogFilterTest {

  private final LoggerContext loggers = new LoggerContext();
  private final RefusedSubmissionLogFilter filter = new RefusedSubmissionLogFilter();

  @Test
  void theEnginesErrorForARefusedFormIsDropped() {
    Object[] params = {"Please correct the form", refusal()};

    FilterReply reply =
        filter.decide(null, engineLogger(), Level.ERROR, "Exception: {}", params, null);

    assertThat(reply).isEqualTo(FilterReply.DENY);
  }

  @Test
  void otherEngineErrorsAreKept() {
    Object[] params = {"boom", new ProcessEngineException("boom")};

    FilterReply reply =
        filter.decide(null, engineLogger(), Level.ERROR, "Exception: {}", params, null);

    assertThat(reply).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void refusalsLoggedElsewhereAreKept() {
    FilterReply reply =
        filter.decide(null, loggers.getLogger("org.avrr.other"), Level.ERROR, "x", null, refusal());

    assertThat(reply).isEqualTo(FilterReply.NEUTRAL);
  }

  private ch.qos.logback.classic.Logger engineLogger() {
    return loggers.getLogger(RefusedSubmissionLogFilter.ENGINE_COMMAND_LOGGER);
  }

  private static FormFieldValidationException refusal() {
    return new FormFieldValidationException(List.of(), "Please correct the form");
  }
}
