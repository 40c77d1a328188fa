package org.avrr.workflow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Tasklist's lists and counts with the authorization check as an {@code EXISTS} per task instead of
 * a join. Camunda 7.24 joins the task table to every authorization of the user and their groups on
 * {@code RESOURCE_ID_ IN (task id, process definition key, '*')}; each task a group may work has an
 * authorization of its own, so a group's list compares every open task with every one of the
 * group's task authorizations — 600 tasks took 40 ms on PostgreSQL, 10,000 would take seconds
 * (docs/performance.md). The same condition as an {@code EXISTS} is looked up per task through the
 * index on {@code RESOURCE_ID_}. (CIB seven and Operaton, forks of Camunda 7, changed their task
 * query the same way.) The candidate criteria look up the task's identity links the same way, so a
 * page needs no {@code DISTINCT} (ADR 0013, addendum).
 *
 * <p>The task query's statements are read from the engine's own mapping at start ({@link
 * EngineMapping}), rewritten, and registered beside the engine's; the engine is then told to use
 * them for {@code selectTaskByQueryCriteria} and {@code selectTaskCountByQueryCriteria}. Everything
 * else of the query (filters, ordering, tenants, the check used when revoke authorizations exist)
 * stays Camunda's. A mapping that is not what this expects stops the start: a silently slower
 * Tasklist is worse.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "org.avrr.workflow.tasklist.TaskQueryAuthorization";
  static final String LIST = NAMESPACE + ".selectTaskByQueryCriteriaWithExistsCheck";
  static final String COUNT = NAMESPACE + ".selectTaskCountByQueryCriteriaWithExistsCheck";

  private static final String TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

  /** The engine's join of the authorizations, which this removes. */
  private static final Pattern AUTH_JOIN =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(EngineMapping.AUTHORIZATION)
              + "\\.authCheckJoinWithoutOnClause\"\\s*/>\\s*AUTH ON \\(AUTH\\.RESOURCE_ID_"
              + " \\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_"
              + " \\$\\{authJoinSeparator} '\\*' \\$\\{authJoinEnd}\\)");

  /** The engine's check on the joined authorizations, which the EXISTS replaces. */
  private static final Pattern AUTH_CHECK =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(EngineMapping.AUTHORIZATION)
              + "\\.contextualAuthorizationCheck\"\\s*/>");

  /**
   * Whether this query may look up identity links with {@code EXISTS} instead of joining them, and
   * so select its tasks without {@code DISTINCT}: always, except where the engine's join means
   * something an {@code EXISTS} would not (the involved-user criterion shares the joined link with
   * the candidate criteria) and where ordering by a variable joins variables.
   */
  private static final String LINKS_AS_EXISTS =
      """
      <sql id="identityLinksAsExists">
        <bind name="linksAsExists" value="true" />
        <foreach collection="queries" item="query">
          <if test="query != null &amp;&amp; query.involvedUser != null">
            <bind name="linksAsExists" value="false" />
          </if>
        </foreach>
        <foreach collection="orderingProperties" item="orderingProperty">
          <if test="orderingProperty.relation != null">
            <bind name="linksAsExists" value="false" />
          </if>
        </foreach>
      </sql>
      """;

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    EngineMapping.register(
        engine,
        NAMESPACE,
        mapper(),
        Map.of("selectTaskByQueryCriteria", LIST, "selectTaskCountByQueryCriteria", COUNT));
  }

  /**
   * The mapper of the two statements, made from the engine's task mapping: the authorization check
   * as {@code EXISTS} (for the task, its process definition or everything: {@link
   * EngineMapping#existsAuthorizationCheck}), and the candidate user and group criteria as an
   * {@code EXISTS} on the task's identity links instead of a join. The join gave a task once per
   * matching link, which the engine undoes with {@code DISTINCT} over every column: the database
   * read, hashed and sorted every task of the user's groups (3,340 for the movement officers at
   * 10,000 open tasks) before it could return the newest 15. Without the join each task is there
   * once, and the first page is read newest first along the index on the creation time, stopping at
   * 15.
   */
  static String mapper() {
    EngineMapping tasks =
        new EngineMapping(
            "org/camunda/bpm/engine/impl/mapping/entity/Task.xml",
            TaskQueryAuthorization.class.getSimpleName());
    String criteria = tasks.extract("<sql id=\"selectTaskByQueryCriteriaSql\">[\\s\\S]*?</sql>");
    criteria = tasks.replaceOnce(criteria, AUTH_JOIN, "");
    criteria =
        tasks.replaceOnce(criteria, AUTH_CHECK, "<include refid=\"existsAuthorizationCheck\" />");
    criteria =
        tasks.replaceOnce(
            criteria, "<if test=\"I_JOIN\">", "<if test=\"I_JOIN and !linksAsExists\">");
    criteria =
        tasks.replaceOnce(
            criteria,
            Pattern.compile("\\n\\s*and I\\.TYPE_ = 'candidate'"),
            "\n and <choose><when test=\"linksAsExists\">EXISTS (SELECT 1 FROM"
                + " ${prefix}ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ ="
                + " 'candidate'</when><otherwise>I.TYPE_ = 'candidate'</otherwise></choose>");
    criteria =
        tasks.insertAfterOnce(
            criteria,
            Pattern.compile(
                "<if test=\"query\\.withCandidateUsers\">\\s*and I\\.USER_ID_ is not null\\s*</if>"),
            " <if test=\"linksAsExists\">)</if>");
    criteria =
        criteria.replace(
            "<sql id=\"selectTaskByQueryCriteriaSql\">",
            "<sql id=\"selectTaskByQueryCriteriaSqlWithExistsCheck\">");
    String list =
        tasks
            .extract("<select id=\"selectTaskByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectTaskByQueryCriteria\"",
                "id=\"selectTaskByQueryCriteriaWithExistsCheck\"");
    list =
        tasks.replaceOnce(
            list,
            "select ${distinct}",
            "<include refid=\"identityLinksAsExists\" />\n"
                + "select <if test=\"!linksAsExists\">${distinct}</if>");
    String count =
        tasks
            .extract("<select id=\"selectTaskCountByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectTaskCountByQueryCriteria\"",
                "id=\"selectTaskCountByQueryCriteriaWithExistsCheck\"");
    count =
        tasks.replaceOnce(
            count,
            "${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}",
            "<include refid=\"identityLinksAsExists\" />\n"
                + "<choose><when test=\"linksAsExists\">SELECT COUNT(RES.ID_)</when>"
                + "<otherwise>${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}"
                + "</otherwise></choose>");
    count =
        tasks.replaceOnce(
            count,
            "${countDistinctAfterEnd}",
            "<if test=\"!linksAsExists\">${countDistinctAfterEnd}</if>");
    String statements =
        (list + "\n" + count)
            .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + TASK + ".taskResultMap\"")
            .replace("refid=\"columnSelection\"", "refid=\"" + TASK + ".columnSelection\"")
            .replace(
                "refid=\"selectTaskByQueryCriteriaSql\"",
                "refid=\"selectTaskByQueryCriteriaSqlWithExistsCheck\"");
    return EngineMapping.mapperDocument(
        NAMESPACE,
        EngineMapping.existsAuthorizationCheck(
            "existsAuthorizationCheck", List.of("RES.ID_", "D.KEY_")),
        LINKS_AS_EXISTS,
        criteria,
        statements);
  }
}
