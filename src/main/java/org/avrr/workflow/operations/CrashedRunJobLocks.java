package org.avrr.workflow.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On a single node ({@link JobProperties#singleNode()}), the jobs a crashed run of this node had
 * locked are released when it starts again, before its job executor starts: a case whose background
 * step was running when the process was killed goes on within seconds of the restart, not after the
 * lock's 5 minutes. In a cluster a locked job may be another node's, running: there the lock
 * expires (docs/operations.md, "A node that dies").
 */
@Component
class CrashedRunJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CrashedRunJobLocks.class);

  private final JobProperties jobs;
  private ProcessEngineConfigurationImpl configuration;

  CrashedRunJobLocks(JobProperties jobs) {
    this.jobs = jobs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!jobs.singleNode()) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement sql = connection.createStatement()) {
      int released =
          sql.executeUpdate(
              "UPDATE "
                  + table
                  + " SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE LOCK_OWNER_ IS NOT NULL");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (released > 0) {
        LOG.info(
            "Released {} job(s) locked by this node's previous run, which ended without"
                + " finishing them; they run again now.",
            released);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The previous run's job locks cannot be released", e);
    }
  }
}
