package org.avrr.workflow.callback;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The partner gate in front of the callback, referral and mission-document endpoints. */
@Configuration(proxyBeanMethods = false)
class PartnerGateConfiguration {

  @Bean
  FilterRegistrationBean<PartnerGate> partnerGate(
      CallbackProperties properties,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize uploadLimit) {
    FilterRegistrationBean<PartnerGate> registration =
        new FilterRegistrationBean<>(new PartnerGate(properties, Clock.systemUTC(), uploadLimit));
    registration.setName("partner-gate");
    registration.addUrlPatterns(
        "/api/callbacks/*", "/api/referrals/*", PartnerGate.DOCUMENTS_PATH + "*");
    return registration;
  }
}
