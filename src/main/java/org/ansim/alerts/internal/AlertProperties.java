package org.ansim.alerts.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live stream's timings.
 *
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * @param streamTimeout how long one stream request lasts before the browser reconnects (with {@code Last-Event-ID})
 * @param listenerRetry how long the LISTEN connection waits before reconnecting after the database went away
 */
@Validated
@ConfigurationProperties("ansim.alerts")
public record AlertProperties(
        @NotNull @DefaultValue("15s") Duration heartbeat,
        @NotNull @DefaultValue("30m") Duration streamTimeout,
        @NotNull @DefaultValue("1s") Duration listenerRetry) {}
