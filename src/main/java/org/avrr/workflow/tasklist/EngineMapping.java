package org.avrr.workflow.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * One of the engine's MyBatis mappings, read to be rewritten: statements copied out of it, changed
 * where exactly one place matches what this application expects of Camunda 7.24, and registered
 * under our own names in place of the engine's. A mapping that is not as expected stops the start,
 * naming what is missing: a silently slower or wrong query is worse.
 */
final class EngineMapping {

  static final String AUTHORIZATION =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

  private final String resource;
  private final String rewriter;
  private final String text;

  /**
   * @param resource the mapping, e.g. {@code org/camunda/bpm/engine/impl/mapping/entity/Task.xml}
   * @param rewriter the class that rewrites it, named when the mapping is not as expected
   */
  EngineMapping(String resource, String rewriter) {
    this.resource = resource;
    this.rewriter = rewriter;
    try (InputStream mapping =
        ProcessEngineConfigurationImpl.class.getClassLoader().getResourceAsStream(resource)) {
      if (mapping == null) {
        throw new IllegalStateException("The engine's " + resource + " is missing");
      }
      this.text = new String(mapping.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one part of the mapping that matches {@code regex}. */
  String extract(String regex) {
    return extract(text, regex);
  }

  String extract(String within, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(within);
    if (!matcher.find()) {
      throw unexpected("no " + regex);
    }
    String found = matcher.group();
    if (matcher.find()) {
      throw unexpected("more than once " + regex);
    }
    return found;
  }

  /** {@code text} with the one match of {@code pattern} replaced by {@code replacement}, as is. */
  String replaceOnce(String within, Pattern pattern, String replacement) {
    Matcher matcher = pattern.matcher(within);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    if (found != 1) {
      throw unexpected(found + " times " + pattern.pattern());
    }
    return pattern.matcher(within).replaceFirst(Matcher.quoteReplacement(replacement));
  }

  String replaceOnce(String within, String literal, String replacement) {
    return replaceOnce(within, Pattern.compile(Pattern.quote(literal)), replacement);
  }

  /** {@code text} with {@code insertion} after the one match of {@code pattern}. */
  String insertAfterOnce(String within, Pattern pattern, String insertion) {
    Matcher matcher = pattern.matcher(within);
    if (!matcher.find()) {
      throw unexpected("no " + pattern.pattern());
    }
    int end = matcher.end();
    if (matcher.find()) {
      throw unexpected("more than once " + pattern.pattern());
    }
    return within.substring(0, end) + insertion + within.substring(end);
  }

  /**
   * A fragment {@code id} checking that the user or one of their groups has a grant, by the query's
   * own permission checks, on one of {@code resourceIds} or on everything: one {@code EXISTS} per
   * resource id instead of the engine's join on {@code RESOURCE_ID_ IN (...)}. The join compared
   * every row with every grant of the user's groups (one per open task of the group); each {@code
   * EXISTS} is one index lookup, and the one on {@code '*'} does not depend on the row, so the
   * database asks it once per query. With revoke authorizations in the database it is the engine's
   * own check. Expects the engine's {@code authCheck} parameter and, where the engine binds it,
   * {@code applyAuthorizationCheckForCaseInstances}.
   */
  static String existsAuthorizationCheck(String id, List<String> resourceIds) {
    String grant =
        """
        SELECT 1 FROM ${prefix}ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ &lt; 2
        AND ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
        <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
          OR A.GROUP_ID_ IN
          <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
        </if>
        )
        <include refid="%s.atomicChecksOnResourceTypeAndPerms" />
        """
            .formatted(AUTHORIZATION);
    String exists =
        java.util.stream.Stream.concat(java.util.stream.Stream.of("'*'"), resourceIds.stream())
            .map(resourceId -> "EXISTS ( " + grant + " AND A.RESOURCE_ID_ = " + resourceId + " )")
            .collect(Collectors.joining("\n OR "));
    return """
        <sql id="%1$s">
          <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
            <choose>
              <when test="authCheck.revokeAuthorizationCheckEnabled">
                <include refid="%2$s.contextualAuthorizationCheck" />
              </when>
              <otherwise>
                <bind name="authGroupIds" value="authCheck.authGroupIds" />
                <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
                <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
                and (
                <if test="applyAuthorizationCheckForCaseInstances">
                  (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR
                </if>
                %3$s
                )
              </otherwise>
            </choose>
          </if>
        </sql>
        """
        .formatted(id, AUTHORIZATION, exists);
  }

  /**
   * Parses {@code mapper} into the engine's MyBatis configuration and tells the engine to run our
   * statements in place of its own ({@code engineStatement → ours}).
   */
  static void register(
      ProcessEngineConfigurationImpl engine,
      String namespace,
      String mapper,
      Map<String, String> replacedStatements) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    new XMLMapperBuilder(
            new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)),
            mybatis,
            namespace,
            mybatis.getSqlFragments())
        .parse();
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    // A copy: the engine's map of database-specific statements is shared by every engine.
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.putAll(replacedStatements);
    sessions.setStatementMappings(mappings);
  }

  static String mapperDocument(String namespace, String... parts) {
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        </mapper>
        """
        .formatted(namespace, String.join("\n", parts));
  }

  IllegalStateException unexpected(String what) {
    return new IllegalStateException(
        "The engine's mapping "
            + resource
            + " is not the one of Camunda 7.24 that "
            + rewriter
            + " rewrites: "
            + what
            + ". Update "
            + rewriter
            + " for this engine version.");
  }
}
