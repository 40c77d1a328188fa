package org.avrr.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The AVRR case workflow: Camunda engine, Tasklist/Cockpit/Admin, REST API and the processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AvrrWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(AvrrWorkflowApplication.class, args);
  }
}
