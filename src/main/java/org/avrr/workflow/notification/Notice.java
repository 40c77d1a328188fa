package org.avrr.workflow.notification;

import java.util.List;

/**
 * One rendered notice, ready to send.
 *
 * @param key identifies this notice of this case and step, so a repeated send can be recognised
 */
public record Notice(String id, List<String> to, String subject, String body, String key) {}
