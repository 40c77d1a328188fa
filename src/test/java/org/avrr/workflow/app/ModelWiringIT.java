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
