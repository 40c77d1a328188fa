package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Cockpit is for managers and Admin for administrators: a counsellor, a mission officer or a
 * manager without the group is turned away at the login, though the same password opens Tasklist.
 */
class WebappAccessIT extends BrowserIT {

  private static final String REFUSED = "missing access rights to application";

  @Test
  void staffWithoutTheRightGroupCannotOpenCockpitOrAdmin() {
    Browser counsellor = browser();
    Tasklist.logIn(counsellor, "counsellor");
    counsellor.shot("counsellor-in-tasklist");
    // Logged in to Tasklist, the counsellor who opens Cockpit or Admin is told why not.
    counsellor.openApp("cockpit");
    counsellor.sees("This page is not open to your role");
    counsellor.sees("Эта страница недоступна для вашей роли"); // in both of the office's languages
    counsellor.shot("counsellor-opens-cockpit");
    counsellor.openApp("admin");
    counsellor.sees("This page is not open to your role");
    counsellor.click(By.linkText("Open Tasklist"));
    counsellor.visible(By.cssSelector("div.task-filter"));

    // At the login of either, the same password is refused.
    Browser atTheDoor = browser();
    atTheDoor.openApp("cockpit");
    assertThat(atTheDoor.logInRefused("counsellor", "counsellor")).contains(REFUSED);
    atTheDoor.shot("counsellor-refused-by-cockpit");
    atTheDoor.openApp("admin");
    assertThat(atTheDoor.logInRefused("counsellor", "counsellor")).contains(REFUSED);
    atTheDoor.shot("counsellor-refused-by-admin");

    Browser mission = browser();
    mission.openApp("cockpit");
    assertThat(mission.logInRefused("mission-deu", "mission-deu")).contains(REFUSED);
    mission.shot("mission-refused-by-cockpit");

    Browser manager = browser();
    manager.openApp("admin");
    assertThat(manager.logInRefused("manager", "manager")).contains(REFUSED);
    manager.shot("manager-refused-by-admin");
    Cockpit.logIn(manager, "manager");
    manager.shot("manager-in-cockpit");
  }
}
