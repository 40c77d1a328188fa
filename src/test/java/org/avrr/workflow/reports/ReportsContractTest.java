package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.testing.OpenApiSchemas.map;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.avrr.workflow.testing.OpenApiSchemas;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The published reports API (docs/api/avrr-reports.openapi.yaml) and the records the endpoint
 * answers with say the same thing.
 */
class ReportsContractTest {

  @Test
  void theDocumentedAnswersAreTheRecordsTheEndpointWrites() throws IOException {
    Map<String, Object> openApi;
    try (Reader reader =
        Files.newBufferedReader(Path.of("docs", "api", "avrr-reports.openapi.yaml"))) {
      openApi = new Yaml().load(reader);
    }
    OpenApiSchemas schemas = new OpenApiSchemas(openApi);
    Map<String, Object> components = map(map(openApi.get("components")).get("schemas"));

    schemas.assertSchemaMatches(Reports.Returns.class, map(components.get("Returns")));
    schemas.assertSchemaMatches(Reports.Counts.class, map(components.get("Counts")));
    schemas.assertSchemaMatches(Reports.StageTimes.class, map(components.get("StageTimes")));
    schemas.assertSchemaMatches(Reports.Stage.class, map(components.get("Stage")));
    schemas.assertSchemaMatches(Reports.ServiceLevel.class, map(components.get("ServiceLevel")));
    schemas.assertSchemaMatches(
        AuthorityFigures.Authorities.class, map(components.get("Authorities")));
    schemas.assertSchemaMatches(AuthorityFigures.Requests.class, map(components.get("Requests")));
    schemas.assertSchemaMatches(AuthorityFigures.Outages.class, map(components.get("Outages")));
    schemas.assertSchemaMatches(ReportsController.Refusal.class, map(components.get("Refusal")));
    for (String path :
        new String[] {"/api/reports/returns", "/api/reports/stages", "/api/reports/authorities"}) {
      assertThat(map(schemas.get(path).get("responses")).keySet())
          .containsExactlyInAnyOrder("200", "400", "401", "403");
    }
  }
}
