package org.avrr.workflow.callback;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner gate in front of the callback and referral endpoints. */
@Configuration(proxyBeanMethods = false)
class PartnerGateConfiguration {

  @Bean
  FilterRegistrationBean<PartnerGate> partnerGate(CallbackProperties properties) {
    FilterRegistrationBean<PartnerGate> registration =
        new FilterRegistrationBean<>(new PartnerGate(properties, Clock.systemUTC()));
    registration.setName("partner-gate");
    registration.addUrlPatterns("/api/callbacks/*", "/api/referrals/*");
    return registration;
  }
}
