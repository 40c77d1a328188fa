package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the models name exists in the running application: beans, and deployed forms. */
class ModelWiringIT extends ApplicationIT {

  /** ${name} or ${name.method(...)}: a bean reference, unless it is a variable or the execution. */
  private static final Pattern BEAN_REFERENCE =
      Pattern.compile("(?:delegateExpression|expression)=\"\\$\\{([a-zA-Z]+)[.}]");

  private static final Set<String> NOT_BEANS = Set.of("execution", "task");

  @Autowired ApplicationContext context;

  @Test
  void everyBeanAModelNamesExists() throws IOException {
    Set<String> referenced = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = BEAN_REFERENCE.matcher(Files.readString(model));
        while (matcher.find()) {
          referenced.add(matcher.group(1));
        }
      }
    }
    referenced.removeAll(NOT_BEANS);
    assertThat(referenced).isNotEmpty();
    assertThat(referenced)
        .allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
  }

  /**
   * The Camunda Modeler element templates (processes/.camunda/element-templates) bind service tasks
   * to beans that exist, and a notice template offers only notices that exist.
   */
  @Test
  void everyElementTemplateNamesARealBeanAndRealNotices() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes", ".camunda", "element-templates"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        com.fasterxml.jackson.databind.JsonNode template = json.readTree(file.toFile());
        assertThat(ids.add(template.path("id").asText())).as("unique id in %s", file).isTrue();
        assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
        int delegates = 0;
        for (com.fasterxml.jackson.databind.JsonNode property : template.path("properties")) {
          String binding = property.path("binding").path("name").asText();
          if ("camunda:delegateExpression".equals(binding)) {
            Matcher bean =
                Pattern.compile("\\$\\{([a-zA-Z]+)}").matcher(property.path("value").asText());
            assertThat(bean.matches()).as("%s: ${bean}", file).isTrue();
            assertThat(context.getBean(bean.group(1)))
                .as("%s names bean %s", file, bean.group(1))
                .isInstanceOf(org.camunda.bpm.engine.delegate.JavaDelegate.class);
            delegates++;
          }
          if ("notice".equals(binding)) {
            for (com.fasterxml.jackson.databind.JsonNode choice : property.path("choices")) {
              assertThat(
                      Path.of("src/main/resources/notices", choice.path("value").asText() + ".txt"))
                  .as("%s offers notice %s", file, choice.path("value").asText())
                  .exists();
            }
          }
        }
        assertThat(delegates).as("%s binds one delegate", file).isEqualTo(1);
      }
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void everyFormIsDeployedWithTheProcesses() throws IOException {
    long forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).count();
    }
    long deployed =
        engine.getRepositoryService().createDeploymentQuery().list().stream()
            .flatMap(
                d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream())
            .filter(name -> name.endsWith(".form"))
            .count();
    assertThat(deployed).isEqualTo(forms);
  }
}
