package vn.health.plan.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on plan attachments ({@code platform.attachments.*}).
 *
 * @param maxSize the largest file accepted, 20 MB by default (a scanned, signed plan of a few dozen pages);
 *     keep {@code spring.servlet.multipart.max-file-size} a little above it so the clearer 413 answers first
 * @param maxPerPlan how many files one plan may carry, 50 by default (their descriptions live in the plan's document)
 */
@ConfigurationProperties("platform.attachments")
record AttachmentSettings(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("50") int maxPerPlan) {

}
