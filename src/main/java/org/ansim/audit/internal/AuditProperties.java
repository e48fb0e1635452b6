package org.ansim.audit.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the access log is kept.
 *
 * @param chains how many independent hash chains appends are spread over ({@code ansim.audit.chains}); more chains
 *     let more writers append at the same time, each chain still verifies on its own
 * @param zone the time zone in which the auditor's date filters and times are read
 * @param connections the size of the log's own connection pool ({@code ansim.audit.connections})
 */
@Validated
@ConfigurationProperties("ansim.audit")
public record AuditProperties(
        @DefaultValue("16") @Min(1) @Max(1024) int chains,
        @DefaultValue("Asia/Seoul") @NotNull ZoneId zone,
        @DefaultValue("6") @Min(1) @Max(64) int connections) {}
