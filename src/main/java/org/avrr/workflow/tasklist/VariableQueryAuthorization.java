package org.avrr.workflow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The variable query with its authorization check as {@code EXISTS} lookups instead of a join, as
 * {@link TaskQueryAuthorization} does for tasks (ADR 0013). Every Tasklist page asks it for the
 * case number and the name shown beside each task (the filters' list variables): the engine joined
 * each variable to every grant of the user's groups, which at 10,000 open tasks meant 3,340 grants
 * compared with each of the page's 30 variables (9 ms of the page's 50). The check is the same: a
 * grant of the user or a group of theirs, by the query's permission checks, on the variable's
 * process instance, its process definition, its task or everything; without the join each variable
 * is there once and needs no {@code DISTINCT}.
 */
@Component
class VariableQueryAuthorization extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "org.avrr.workflow.tasklist.VariableQueryAuthorization";
  static final String LIST = NAMESPACE + ".selectVariableInstanceByQueryCriteriaWithExistsCheck";
  static final String COUNT =
      NAMESPACE + ".selectVariableInstanceCountByQueryCriteriaWithExistsCheck";

  private static final String VARIABLE =
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity";

  /** The engine's join of the authorizations (inside the check that no revoke exists). */
  private static final Pattern AUTH_JOIN =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(EngineMapping.AUTHORIZATION)
              + "\\.authCheckJoinWithoutOnClause\"\\s*/>\\s*AUTH ON \\(AUTH\\.RESOURCE_ID_"
              + " \\$\\{authJoinStart}\\s*RES\\.PROC_INST_ID_"
              + "\\s*\\$\\{authJoinSeparator} PROC_EXECUTION\\.ID_"
              + "\\s*\\$\\{authJoinSeparator} PROCDEF\\.KEY_"
              + "\\s*\\$\\{authJoinSeparator} RES\\.TASK_ID_"
              + "\\s*\\$\\{authJoinSeparator} '\\*'"
              + "\\s*\\$\\{authJoinEnd}\\s*\\)");

  private static final Pattern AUTH_CHECK =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(EngineMapping.AUTHORIZATION)
              + "\\.contextualAuthorizationCheck\"\\s*/>");

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    EngineMapping.register(
        engine,
        NAMESPACE,
        mapper(),
        Map.of(
            "selectVariableInstanceByQueryCriteria",
            LIST,
            "selectVariableInstanceCountByQueryCriteria",
            COUNT));
  }

  static String mapper() {
    EngineMapping variables =
        new EngineMapping(
            "org/camunda/bpm/engine/impl/mapping/entity/VariableInstance.xml",
            VariableQueryAuthorization.class.getSimpleName());
    String criteria =
        variables.extract("<sql id=\"selectVariableInstanceByQueryCriteriaSql\">[\\s\\S]*?</sql>");
    criteria = variables.replaceOnce(criteria, AUTH_JOIN, "");
    criteria =
        variables.replaceOnce(
            criteria, AUTH_CHECK, "<include refid=\"existsAuthorizationCheck\" />");
    criteria =
        criteria.replace(
            "<sql id=\"selectVariableInstanceByQueryCriteriaSql\">",
            "<sql id=\"selectVariableInstanceByQueryCriteriaSqlWithExistsCheck\">");
    String list =
        variables
            .extract("<select id=\"selectVariableInstanceByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectVariableInstanceByQueryCriteria\"",
                "id=\"selectVariableInstanceByQueryCriteriaWithExistsCheck\"");
    // Without the join a variable is there once; DISTINCT only remains where revokes bring back
    // the engine's own check (which joins nothing either).
    list = variables.replaceOnce(list, "select ${distinct} RES.*", "select RES.*");
    String count =
        variables
            .extract("<select id=\"selectVariableInstanceCountByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectVariableInstanceCountByQueryCriteria\"",
                "id=\"selectVariableInstanceCountByQueryCriteriaWithExistsCheck\"");
    String statements =
        (list + "\n" + count)
            .replace(
                "resultMap=\"variableInstanceResultMap\"",
                "resultMap=\"" + VARIABLE + ".variableInstanceResultMap\"")
            .replace(
                "refid=\"selectVariableInstanceByQueryCriteriaSql\"",
                "refid=\"selectVariableInstanceByQueryCriteriaSqlWithExistsCheck\"")
            .replace("refid=\"actInstIdColumn\"", "refid=\"" + VARIABLE + ".actInstIdColumn\"");
    criteria =
        criteria.replace("refid=\"actInstIdColumn\"", "refid=\"" + VARIABLE + ".actInstIdColumn\"");
    return EngineMapping.mapperDocument(
        NAMESPACE,
        EngineMapping.existsAuthorizationCheck(
            "existsAuthorizationCheck",
            List.of("RES.PROC_INST_ID_", "PROC_EXECUTION.ID_", "PROCDEF.KEY_", "RES.TASK_ID_")),
        criteria,
        statements);
  }
}
