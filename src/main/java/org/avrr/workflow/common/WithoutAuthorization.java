package org.avrr.workflow.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls from inside a delegate or form rule without the user's authorization checks.
 * Used only where the model itself is the permission: a counsellor allowed to start "Record a
 * withdrawal" may withdraw a case, though they may not change case instances directly.
 */
public final class WithoutAuthorization {

  private WithoutAuthorization() {}

  public static <T> T call(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return work.get();
    }
    boolean wasEnabled = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      if (wasEnabled) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
