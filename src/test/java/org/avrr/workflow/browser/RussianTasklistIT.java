package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Tasklist in the language of the user's browser (issue 16, first part): a counsellor whose browser
 * is Russian logs in and works in Tasklist's own screens in Russian; a mission whose browser is
 * English still sees English.
 */
class RussianTasklistIT extends BrowserIT {

  @Test
  void aRussianSpeakingCounsellorSeesTasklistInRussianAndAMissionInEnglish() {
    String caseNumber = startCase("RU" + (System.nanoTime() % 10_000_000L));

    Browser russian = browser("ru-RU");
    russian.openApp("tasklist");
    russian.sees("Войти");
    russian.logIn("counsellor", "counsellor");
    russian.visible(By.cssSelector("div.task-filter"));
    russian.sees("Запустить процесс");
    russian.click(By.xpath("//div[contains(@class,'task-filter')][1]"));
    russian.click(
        By.xpath(
            "//li[contains(@class,'task')][.//*[normalize-space()='" + caseNumber + "']]//h4//a"));
    russian.sees("Взять в работу");
    russian.sees("Форма");
    russian.sees("История");
    // Ours beside Tasklist's: the documents' panel and tab.
    russian.sees("Прикрепить документы");
    russian.sees("Документы");
    russian.shot("tasklist-in-russian");
    assertThat(russian.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Start process")
        .doesNotContain("Claim");
    assertThat(russian.driver().findElement(By.id("avrr-attach-documents")).getText().strip())
        .isEqualTo("Прикрепить документы");

    Browser english = browser();
    english.openApp("tasklist");
    english.sees("Log in");
    english.logIn("mission-irq", "mission-irq");
    english.visible(By.cssSelector("div.task-filter"));
    english.sees("Start process");
    english.shot("tasklist-in-english");
  }
}
