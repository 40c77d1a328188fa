package org.avrr.workflow.reintegration;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reintegration model's service tasks, each a named bean (the models wire service tasks by
 * delegateExpression only): the work itself is in {@link ReintegrationPlans} and {@link
 * RssScoring}.
 */
@Configuration(proxyBeanMethods = false)
public class ReintegrationDelegates {

  /** "Score the baseline survey", "Score the follow-up survey". */
  @Bean
  public JavaDelegate rssSurveyScoringDelegate(RssScoring scoring) {
    return scoring::score;
  }

  /** "Record the plan". */
  @Bean
  public JavaDelegate planRecordingDelegate(ReintegrationPlans plans) {
    return plans::record;
  }

  /** "Schedule the instalments". */
  @Bean
  public JavaDelegate instalmentSchedulingDelegate(ReintegrationPlans plans) {
    return plans::schedule;
  }

  /** "Record the payment". */
  @Bean
  public JavaDelegate paymentRecordingDelegate(ReintegrationPlans plans) {
    return plans::recordPayment;
  }
}
