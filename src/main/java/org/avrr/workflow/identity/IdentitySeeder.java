package org.avrr.workflow.identity;

import static org.avrr.workflow.identity.AvrrGroups.CASE_MANAGERS;
import static org.avrr.workflow.identity.AvrrGroups.COUNSELLORS;
import static org.avrr.workflow.identity.AvrrGroups.MANAGERS;
import static org.avrr.workflow.identity.AvrrGroups.MOVEMENT_OFFICERS;
import static org.avrr.workflow.identity.AvrrGroups.OFFICE_GROUPS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.arrival.ArrivalProcess;
import org.avrr.workflow.casefile.CaseErasureProcess;
import org.avrr.workflow.common.StartupLock;
import org.avrr.workflow.counselling.CaseWithdrawalProcess;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.UserLanguages;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.inbound.ReferralRegistrationProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.reintegration.ReintegrationProperties;
import org.avrr.workflow.tasklist.TaskListLabels;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the office's groups, their authorizations, the shared Tasklist filters and (embedded
 * default only) the demo users. Runs at every start and adds only what is missing; under the {@link
 * StartupLock}, so two nodes starting together on one database do not both insert.
 */
@Component
@Order(IdentitySeeder.ORDER)
public class IdentitySeeder implements ApplicationRunner {

  /** Before any other start-up work that needs the groups (e.g. the schema step's exit). */
  static final int ORDER = 0;

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

  private final ProcessEngine engine;
  private final IdentityProperties properties;
  private final StartupLock startupLock;
  private final ReintegrationProperties reintegration;

  IdentitySeeder(
      ProcessEngine engine,
      IdentityProperties properties,
      StartupLock startupLock,
      ReintegrationProperties reintegration) {
    this.engine = engine;
    this.properties = properties;
    this.startupLock = startupLock;
    this.reintegration = reintegration;
  }

  /** The processes in which missions abroad have tasks. */
  static final List<String> MISSION_PROCESSES =
      List.of(ArrivalProcess.KEY, ReintegrationProcess.KEY, InboundReturnProcess.KEY);

  /**
   * Every group this seeder keeps: the office's groups, the missions', the roles and the
   * administrators'. Single sign-on maps the provider's groups onto these only.
   */
  public java.util.Set<String> groupIds() {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    OFFICE_GROUPS.forEach(group -> ids.add(group.id()));
    properties.missions().forEach(mission -> ids.add(AvrrGroups.missionGroup(mission.code())));
    ids.add(reintegration.seniorApproversGroup());
    ids.add(AvrrGroups.MONITORING);
    ids.add(AvrrGroups.DATA_PROTECTION);
    ids.add(AvrrGroups.ADMINISTRATORS);
    return java.util.Collections.unmodifiableSet(ids);
  }

  @Override
  public void run(ApplicationArguments arguments) {
    startupLock.runExclusively(this::seed);
  }

  void seed() {
    for (AvrrGroups.GroupSpec group : OFFICE_GROUPS) {
      ensureGroup(group.id(), group.name(), AvrrGroups.TYPE_OFFICE);
      grantTasklist(group.id());
      grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (IdentityProperties.Mission mission : properties.missions()) {
      String group = AvrrGroups.missionGroup(mission.code());
      ensureGroup(group, mission.name(), AvrrGroups.TYPE_MISSION);
      grantTasklist(group);
      // The model only (Tasklist shows the process's name and diagram with a task); the cases in
      // it stay visible through the mission's own tasks alone.
      for (String key : MISSION_PROCESSES) {
        grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ);
      }
    }
    // A role, not a work queue: its members (of any group) may approve plans at the SENIOR level.
    ensureGroup(
        reintegration.seniorApproversGroup(),
        "Senior approvers of reintegration plans",
        AvrrGroups.TYPE_ROLE);
    // A role for the metrics scraper (Prometheus) and operators: /actuator/prometheus only.
    ensureGroup(AvrrGroups.MONITORING, "Monitoring (metrics)", AvrrGroups.TYPE_ROLE);
    // A role for the data protection focal point: the access log at /api/access-log only.
    ensureGroup(AvrrGroups.DATA_PROTECTION, "Data protection focal point", AvrrGroups.TYPE_ROLE);
    grantCaseWork();
    grantCaseOversight(CASE_MANAGERS);
    grantCaseOversight(MANAGERS);
    grant(MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.RETRY_JOB);
    ensureFilters();
    if (properties.demoUsers()) {
      seedDemoUsers();
    }
  }

  /**
   * Counsellors open cases and record withdrawals; movement officers and case managers register
   * referrals that missions sent by mail (which opens the inbound case on their behalf); case
   * managers also erase ended cases' personal data.
   */
  private void grantCaseWork() {
    for (String key : List.of(OutboundReturnProcess.KEY, CaseWithdrawalProcess.KEY)) {
      grant(COUNSELLORS, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE);
    }
    grant(COUNSELLORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // Case managers erase the personal data of an ended case, on request (CaseErasure).
    grant(
        CASE_MANAGERS,
        Resources.PROCESS_DEFINITION,
        CaseErasureProcess.KEY,
        Permissions.CREATE_INSTANCE);
    for (String group : List.of(MOVEMENT_OFFICERS, CASE_MANAGERS)) {
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ReferralRegistrationProcess.KEY,
          Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
  }

  /** Read-only view of every case in Cockpit: no UPDATE, so no case can be changed there. */
  private void grantCaseOversight(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY,
        Permissions.READ_TASK);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(group, Resources.TASK, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  private void grantTasklist(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  private void seedDemoUsers() {
    List<String[]> users = new ArrayList<>();
    for (AvrrGroups.GroupSpec group : OFFICE_GROUPS) {
      users.add(new String[] {demoUserId(group.id()), group.id(), group.name()});
    }
    for (IdentityProperties.Mission mission : properties.missions()) {
      String group = AvrrGroups.missionGroup(mission.code());
      users.add(new String[] {group, group, mission.name()});
    }
    // Senior approvers: a case manager of the office and the head of each mission abroad.
    List<String[]> seniors = new ArrayList<>();
    seniors.add(new String[] {"senior-case-manager", CASE_MANAGERS, "Senior case manager"});
    for (IdentityProperties.Mission mission : properties.missions()) {
      String group = AvrrGroups.missionGroup(mission.code());
      seniors.add(new String[] {group + "-head", group, mission.name() + ", head of mission"});
    }
    users.addAll(seniors);
    // A counsellor who works in Russian whatever the browser says (issue 16): her profile says so.
    users.add(new String[] {RUSSIAN_COUNSELLOR, COUNSELLORS, "Ольга Ковалёва"});
    for (String[] user : users) {
      ensureUser(user[0], user[2]);
      ensureMembership(user[0], user[1]);
    }
    IdentityService identity = engine.getIdentityService();
    if (identity.getUserInfo(RUSSIAN_COUNSELLOR, UserLanguages.PROFILE_KEY) == null) {
      identity.setUserInfo(RUSSIAN_COUNSELLOR, UserLanguages.PROFILE_KEY, Languages.RUSSIAN);
    }
    for (String[] senior : seniors) {
      ensureMembership(senior[0], reintegration.seniorApproversGroup());
    }
    LOG.warn(
        "Demo users are enabled (password = user id): {}. Never use them in production.",
        users.stream().map(u -> u[0]).toList());
  }

  /** The demo counsellor whose profile language is Russian. */
  static final String RUSSIAN_COUNSELLOR = "counsellor-ru";

  /** "counsellors" -> "counsellor", "finance" -> "finance": the name a person would type. */
  static String demoUserId(String groupId) {
    return groupId.endsWith("s") ? groupId.substring(0, groupId.length() - 1) : groupId;
  }

  private void ensureGroup(String id, String name, String type) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private void ensureUser(String id, String displayName) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(displayName);
    user.setLastName("(demo)");
    user.setPassword(id);
    identity.saveUser(user);
  }

  private void ensureMembership(String userId, String groupId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
      return;
    }
    identity.createMembership(userId, groupId);
  }

  private void grant(
      String group, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (existing == null) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      authorizations.saveAuthorization(authorization);
      return;
    }
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!existing.isPermissionGranted(permission)) {
        existing.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(existing);
    }
  }

  /**
   * Shared Tasklist filters: each user sees the tasks of their groups, and their own. Every
   * authenticated user may read them.
   */
  /**
   * The shared Tasklist filters, each showing the case number and the migrant's name in the list.
   * Kept as defined here at every start (also on an existing database), so a change reaches every
   * office on its next start.
   */
  private void ensureFilters() {
    FilterService filters = engine.getFilterService();
    TaskQuery groupTasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks();
    TaskQuery myTasks =
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}");
    TaskQuery dueSoon =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(1).toDate()}")
            .orderByDueDate()
            .asc();
    TaskQuery vulnerableFirst =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByTaskPriority()
            .desc()
            .orderByTaskCreateTime()
            .asc();
    TaskQuery plansToApprove =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .taskDefinitionKey(ReintegrationProcess.TASK_APPROVE_PLAN);
    ensureFilter(filters, "My group's tasks", -10, groupTasks);
    ensureFilter(filters, "Assigned to me", -5, myTasks);
    ensureFilter(filters, "Due or overdue", 0, dueSoon);
    ensureFilter(filters, "Vulnerable cases first", 2, vulnerableFirst);
    ensureFilter(filters, "Plans awaiting approval", 5, plansToApprove);
  }

  /**
   * The shared filters by name, with their descriptions (English; other languages in
   * processes/i18n, keyed by these names).
   */
  public static final Map<String, String> FILTERS =
      Map.of(
          "My group's tasks", "Tasks offered to your groups",
          "Assigned to me", "Tasks you have claimed",
          "Due or overdue", "Your groups' tasks due by tomorrow or overdue, the most urgent first",
          "Vulnerable cases first",
              "Your groups' tasks, those of vulnerable people first (children, victims of"
                  + " trafficking, medical needs ...), then the oldest",
          "Plans awaiting approval", "Reintegration plans waiting for your group's approval");

  /** The labels of the columns every filter's list shows (English; see processes/i18n). */
  public static final List<String> LIST_LABELS = List.of("Case", "Name");

  /** The case and the person, in every filter's list (task labels: see TaskListLabels). */
  private static final List<Map<String, String>> LIST_VARIABLES =
      List.of(
          Map.of("name", TaskListLabels.CASE_LABEL, "label", LIST_LABELS.get(0)),
          Map.of("name", TaskListLabels.PERSON_LABEL, "label", LIST_LABELS.get(1)));

  private void ensureFilter(FilterService filters, String name, int priority, TaskQuery query) {
    String description = FILTERS.get(name);
    Map<String, Object> properties =
        Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "variables", LIST_VARIABLES);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      filters.saveFilter(existing.setQuery(query).setProperties(properties));
      return;
    }
    filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
    Filter saved = filters.createFilterQuery().filterName(name).singleResult();
    if (saved != null) {
      Authorization everyone =
          engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(saved.getId());
      everyone.addPermission(Permissions.READ);
      engine.getAuthorizationService().saveAuthorization(everyone);
    }
  }
}
