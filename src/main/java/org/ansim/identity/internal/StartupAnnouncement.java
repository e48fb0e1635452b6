package org.ansim.identity.internal;

import org.ansim.database.DemoMode;
import org.ansim.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Ansim where to open it and, in demo mode, how to sign in. */
@Component
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger("ansim");

    private final DemoMode demo;
    private final Environment environment;

    StartupAnnouncement(DemoMode demo, Environment environment) {
        this.demo = demo;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        var port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        var text = new StringBuilder("\n\n  Ansim is running at http://localhost:")
                .append(port)
                .append("/  (API docs: /swagger-ui.html)\n");
        if (demo.enabled()) {
            text.append("  DEMO MODE — synthetic data. Sign in with password '")
                    .append(DemoAccounts.PASSWORD)
                    .append("' as:\n");
            DemoAccounts.ACCOUNTS.forEach((role, organisation) -> text.append(
                    String.format("    %-20s %-13s %s%n", DemoAccounts.username(role), role, organisation)));
            new java.util.TreeMap<>(DemoAccounts.OTHER_PROVIDER_STAFF)
                    .forEach((username, nameAndOrganisation) -> text.append(
                            String.format("    %-20s %-13s %s%n", username, Role.PROVIDER, nameAndOrganisation[1])));
            text.append("  Machine-client keys: demo-police-key (서울강남경찰서), demo-police-key-2 (서울마포경찰서), ")
                    .append("demo-device-key (device gateway)\n");
        }
        log.info(text.toString());
    }
}
