package org.avrr.workflow.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node shares the engine's jobs.
 *
 * @param singleNode this is the only node working on its database (always so on the embedded
 *     default: H2 lets one process open its file). Jobs still locked when the node starts can then
 *     only be the previous run's, left by a crash, and are released at once instead of waiting for
 *     their lock to expire (5 minutes). Never set it for a node of a cluster: it would take jobs
 *     another node is running.
 */
@ConfigurationProperties("avrr.jobs")
public record JobProperties(@DefaultValue("false") boolean singleNode) {}
