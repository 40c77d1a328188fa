package org.avrr.workflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrr.workflow.common.OfficeProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The notice templates in {@code notices/*.txt}: a "To:" line naming a recipient role, a "Subject:"
 * line, a line "---", then the body. {@code ${name}} is replaced by the case variable of that name;
 * a template names only the data its reader needs. Every template is read and checked at start-up,
 * so a broken one stops the application rather than a case.
 */
@Component
public class NoticeTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  record Template(String id, String recipientRole, String subject, String body) {}

  private final Map<String, Template> templates = new HashMap<>();
  private final NotificationProperties properties;
  private final OfficeProperties office;

  public NoticeTemplates(NotificationProperties properties, OfficeProperties office)
      throws IOException {
    this.properties = properties;
    this.office = office;
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:notices/*.txt")) {
      String id = resource.getFilename().replace(".txt", "");
      try (InputStream text = resource.getInputStream()) {
        templates.put(id, parse(id, new String(text.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    for (Template template : templates.values()) {
      if (!properties.recipients().containsKey(template.recipientRole())) {
        throw new IllegalStateException(
            "Notice '"
                + template.id()
                + "' goes to '"
                + template.recipientRole()
                + "', but avrr.notification.recipients has no addresses for it");
      }
    }
  }

  static Template parse(String id, String text) {
    String[] parts = text.split("\\R---\\R", 2);
    if (parts.length != 2) {
      throw new IllegalStateException(
          "Notice " + id + ": header and body must be separated by ---");
    }
    String to = null;
    String subject = null;
    for (String line : parts[0].split("\\R")) {
      if (line.startsWith("To:")) {
        to = line.substring(3).strip();
      } else if (line.startsWith("Subject:")) {
        subject = line.substring(8).strip();
      }
    }
    if (to == null || subject == null || !subject.contains("${caseNumber}")) {
      throw new IllegalStateException(
          "Notice " + id + " needs a 'To:' line and a 'Subject:' line with ${caseNumber}");
    }
    return new Template(id, to, subject, parts[1]);
  }

  public Notice render(String id, Map<String, Object> variables, String key) {
    Template template = templates.get(id);
    if (template == null) {
      throw new IllegalArgumentException("No notice template notices/" + id + ".txt");
    }
    return new Notice(
        id,
        List.copyOf(properties.recipients().get(template.recipientRole())),
        fill(template.subject(), variables, id),
        fill(template.body(), variables, id),
        key);
  }

  private String fill(String text, Map<String, Object> variables, String id) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      Object value = variables.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "Notice "
                + id
                + " needs the case variable '"
                + matcher.group(1)
                + "', which is not set");
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(format(value)));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private String format(Object value) {
    if (value instanceof Date date) {
      return DATE_TIME.format(ZonedDateTime.ofInstant(date.toInstant(), office.zone()));
    }
    return value.toString();
  }
}
