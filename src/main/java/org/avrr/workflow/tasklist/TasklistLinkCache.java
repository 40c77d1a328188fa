package org.avrr.workflow.tasklist;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's lists embed, for every task, its process definition and the users and groups it names;
 * without a cache the REST API looks each of them up again for every page shown. This turns on the
 * cache Camunda documents for its webapps (its distributions configure it in web.xml, which a
 * Spring Boot application does not have), for users, groups and process definitions: a renamed user
 * or a suspended definition shows in the lists within minutes.
 */
@Component
class TasklistLinkCache {

  static final String CONFIGURATION =
      """
      {"cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
       "caches": {
         "org.camunda.bpm.engine.rest.hal.user.HalUser": {"capacity": 500, "secondsToLive": 300},
         "org.camunda.bpm.engine.rest.hal.group.HalGroup": {"capacity": 200, "secondsToLive": 300},
         "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition":
           {"capacity": 200, "secondsToLive": 300}}}""";

  @EventListener(ApplicationStartedEvent.class)
  void configure() {
    new HalRelationCacheBootstrap().configureCaches(CONFIGURATION);
  }
}
