package org.avrr.workflow.callback;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies stored answers whose case was not waiting when they arrived: an answer faster than the
 * process, or one that met a busy case. Every node runs it; two nodes applying the same answer is
 * safe (one of them rolls back, see {@link CallbackDelivery}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CallbackRedelivery {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackRedelivery.class);
  private static final int BATCH = 100;

  private final CallbackDelivery delivery;
  private final CallbackProperties properties;

  CallbackRedelivery(CallbackDelivery delivery, CallbackProperties properties) {
    this.delivery = delivery;
    this.properties = properties;
  }

  @Scheduled(
      initialDelayString = "${avrr.callbacks.redelivery-interval:PT15S}",
      fixedDelayString = "${avrr.callbacks.redelivery-interval:PT15S}")
  void redeliver() {
    try {
      int delivered = delivery.redeliver(Instant.now().minus(properties.keepTrying()), BATCH);
      if (delivered > 0) {
        LOG.info("Applied {} stored callback(s) to the cases now waiting for them", delivered);
      }
    } catch (RuntimeException e) {
      // The next run tries again; a scheduler thread must not die on a database hiccup.
      LOG.warn("Redelivery of stored callbacks failed; will try again", e);
    }
  }
}
