package org.avrr.workflow.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Which of the user's groups have any authorization: the engine asks this in every command that
 * checks authorizations (a Tasklist page runs four or five), to leave groups without grants out of
 * its checks. Camunda 7.24 answers it by reading the distinct groups of the whole authorization
 * table ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}), which holds a row for every
 * open task of every group: about 2 ms per command at 10,000 open tasks on PostgreSQL, growing with
 * them. This asks the same question of the user's own groups only, one index lookup each; the
 * answer is the same set.
 */
@Component
class AuthorizedGroupsLookup extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "org.avrr.workflow.security.AuthorizedGroupsLookup";
  static final String STATEMENT = NAMESPACE + ".selectGroupsWithAuthorizations";

  private static final String MAPPER =
      """
      <?xml version="1.0" encoding="UTF-8" ?>
      <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
      <mapper namespace="%s">
        <select id="selectGroupsWithAuthorizations"
            parameterType="org.camunda.bpm.engine.impl.db.ListQueryParameterObject" resultType="string">
          <foreach collection="parameter" item="group" separator=" UNION ALL ">
            SELECT CAST(#{group, jdbcType=VARCHAR} AS VARCHAR(255)) WHERE EXISTS
              (SELECT 1 FROM ${prefix}ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ = #{group, jdbcType=VARCHAR})
          </foreach>
        </select>
      </mapper>
      """
          .formatted(NAMESPACE);

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    List<SessionFactory> factories = new ArrayList<>();
    if (engine.getCustomSessionFactories() != null) {
      factories.addAll(engine.getCustomSessionFactories());
    }
    factories.add(new ManagerFactory());
    engine.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    new XMLMapperBuilder(
            new ByteArrayInputStream(MAPPER.getBytes(StandardCharsets.UTF_8)),
            mybatis,
            NAMESPACE,
            mybatis.getSqlFragments())
        .parse();
  }

  /** Opens the manager below wherever the engine asks for its {@link AuthorizationManager}. */
  private static final class ManagerFactory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  /** The engine's manager, asking for the user's groups only; one answer per command, as before. */
  static final class Manager extends AuthorizationManager {
    private final Map<List<String>, List<String>> answers = new HashMap<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      List<String> groups = List.copyOf(new LinkedHashSet<>(authenticatedGroupIds));
      return new ArrayList<>(
          answers.computeIfAbsent(
              groups,
              asked -> {
                List<String> found = new ArrayList<>();
                for (Object group : getDbEntityManager().selectList(STATEMENT, asked)) {
                  found.add((String) group);
                }
                return found;
              }));
    }
  }
}
