package org.avrr.workflow.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist's lists and counts with the authorization check as an {@code EXISTS} per task instead of
 * a join. Camunda 7.24 joins the task table to every authorization of the user and their groups on
 * {@code RESOURCE_ID_ IN (task id, process definition key, '*')}; each task a group may work has an
 * authorization of its own, so a group's list compares every open task with every one of the
 * group's task authorizations — 600 tasks took 40 ms on PostgreSQL, 10,000 would take seconds
 * (docs/performance.md). The same condition as an {@code EXISTS} is looked up per task through the
 * index on {@code RESOURCE_ID_}. (CIB seven and Operaton, forks of Camunda 7, changed their task
 * query the same way.)
 *
 * <p>The task query's statements are read from the engine's own mapping at start, the join and its
 * check replaced by the {@code EXISTS}, and registered beside the engine's; the engine is then told
 * to use them for {@code selectTaskByQueryCriteria} and {@code selectTaskCountByQueryCriteria}.
 * Everything else of the query (filters, ordering, tenants, the check used when revoke
 * authorizations exist) stays Camunda's. A mapping that is not what this expects stops the start: a
 * silently slower Tasklist is worse.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "org.avrr.workflow.tasklist.TaskQueryAuthorization";
  static final String LIST = NAMESPACE + ".selectTaskByQueryCriteriaWithExistsCheck";
  static final String COUNT = NAMESPACE + ".selectTaskCountByQueryCriteriaWithExistsCheck";

  private static final String ENGINE_TASK_MAPPING =
      "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final String TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final String AUTHORIZATION =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

  /** The engine's join of the authorizations, which this removes. */
  private static final Pattern AUTH_JOIN =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(AUTHORIZATION)
              + "\\.authCheckJoinWithoutOnClause\"\\s*/>\\s*AUTH ON \\(AUTH\\.RESOURCE_ID_"
              + " \\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_"
              + " \\$\\{authJoinSeparator} '\\*' \\$\\{authJoinEnd}\\)");

  /** The engine's check on the joined authorizations, which the EXISTS replaces. */
  private static final Pattern AUTH_CHECK =
      Pattern.compile(
          "<include refid=\""
              + Pattern.quote(AUTHORIZATION)
              + "\\.contextualAuthorizationCheck\"\\s*/>");

  /**
   * The check: with revoke authorizations in the database the engine's own (a per-row subquery
   * already); otherwise a grant of the user or one of their groups for the task, its process
   * definition or everything, as the engine's join matched.
   */
  private static final String EXISTS_CHECK =
      """
      <sql id="existsAuthorizationCheck">
        <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
          <choose>
            <when test="authCheck.revokeAuthorizationCheckEnabled">
              <include refid="%1$s.contextualAuthorizationCheck" />
            </when>
            <otherwise>
              <bind name="authGroupIds" value="authCheck.authGroupIds" />
              <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
              <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
              and (
              <if test="applyAuthorizationCheckForCaseInstances">
                (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR
              </if>
              EXISTS (
                SELECT 1 FROM ${prefix}ACT_RU_AUTHORIZATION A
                WHERE A.TYPE_ &lt; 2
                AND ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
                <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
                  OR A.GROUP_ID_ IN
                  <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
                </if>
                )
                <include refid="%1$s.atomicChecksOnResourceTypeAndPerms" />
                AND A.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd}
              )
              )
            </otherwise>
          </choose>
        </if>
      </sql>
      """
          .formatted(AUTHORIZATION);

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    String mapper = mapper(engineTaskMapping());
    XMLMapperBuilder builder =
        new XMLMapperBuilder(
            new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)),
            mybatis,
            NAMESPACE,
            mybatis.getSqlFragments());
    builder.parse();
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    // A copy: the engine's map of database-specific statements is shared by every engine.
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.put("selectTaskByQueryCriteria", LIST);
    mappings.put("selectTaskCountByQueryCriteria", COUNT);
    sessions.setStatementMappings(mappings);
  }

  /** The mapper of the two statements, made from the engine's task mapping. */
  static String mapper(String taskMapping) {
    String criteria =
        extract(taskMapping, "<sql id=\"selectTaskByQueryCriteriaSql\">[\\s\\S]*?</sql>");
    criteria = replaceOnce(criteria, AUTH_JOIN, "");
    criteria = replaceOnce(criteria, AUTH_CHECK, "<include refid=\"existsAuthorizationCheck\" />");
    criteria =
        criteria.replace(
            "<sql id=\"selectTaskByQueryCriteriaSql\">",
            "<sql id=\"selectTaskByQueryCriteriaSqlWithExistsCheck\">");
    String list =
        extract(taskMapping, "<select id=\"selectTaskByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectTaskByQueryCriteria\"",
                "id=\"selectTaskByQueryCriteriaWithExistsCheck\"");
    String count =
        extract(taskMapping, "<select id=\"selectTaskCountByQueryCriteria\"[\\s\\S]*?</select>")
            .replace(
                "id=\"selectTaskCountByQueryCriteria\"",
                "id=\"selectTaskCountByQueryCriteriaWithExistsCheck\"");
    String statements =
        (list + "\n" + count)
            .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + TASK + ".taskResultMap\"")
            .replace("refid=\"columnSelection\"", "refid=\"" + TASK + ".columnSelection\"")
            .replace(
                "refid=\"selectTaskByQueryCriteriaSql\"",
                "refid=\"selectTaskByQueryCriteriaSqlWithExistsCheck\"");
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        %s
        %s
        </mapper>
        """
        .formatted(NAMESPACE, EXISTS_CHECK, criteria, statements);
  }

  private static String engineTaskMapping() {
    try (InputStream mapping =
        ProcessEngineConfigurationImpl.class
            .getClassLoader()
            .getResourceAsStream(ENGINE_TASK_MAPPING)) {
      if (mapping == null) {
        throw new IllegalStateException("The engine's " + ENGINE_TASK_MAPPING + " is missing");
      }
      return new String(mapping.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extract(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    if (!matcher.find()) {
      throw unexpected("no " + regex);
    }
    String found = matcher.group();
    if (matcher.find()) {
      throw unexpected("more than once " + regex);
    }
    return found;
  }

  private static String replaceOnce(String text, Pattern pattern, String replacement) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    if (found != 1) {
      throw unexpected(found + " times " + pattern.pattern());
    }
    return pattern.matcher(text).replaceFirst(Matcher.quoteReplacement(replacement));
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException(
        "The engine's task query mapping ("
            + ENGINE_TASK_MAPPING
            + ") is not the one of Camunda 7.24 this application rewrites: "
            + what
            + ". Update TaskQueryAuthorization for this engine version.");
  }
}
