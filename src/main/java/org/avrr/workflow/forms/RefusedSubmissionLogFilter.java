package org.avrr.workflow.forms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

/**
 * The engine logs every exception that ends a command at ERROR, with a stack trace — including a
 * form refused for a typing mistake, which is the user's business, not the operator's. This drops
 * exactly those events; {@link FormValidation} logs each refusal as one INFO line instead. Added to
 * Logback by {@link RefusedSubmissionLogFilterInstaller}.
 */
public class RefusedSubmissionLogFilter extends TurboFilter {

  static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger != null
        && ENGINE_COMMAND_LOGGER.equals(logger.getName())
        && (t instanceof FormFieldValidationException || hasRefusal(params))) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean hasRefusal(Object[] params) {
    if (params == null) {
      return false;
    }
    for (Object param : params) {
      if (param instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }
}
