package org.ansim.settings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.PolicyValue;
import org.ansim.settings.SettingDefinition;
import org.springframework.stereotype.Component;

/**
 * {@link PolicySettings} read straight from PostgreSQL on every call (one indexed row), so a change is seen by every
 * node the moment it is in force and no cache needs invalidating.
 */
@Component
class JdbcPolicySettings implements PolicySettings {

    private final SettingsCatalogue catalogue;
    private final Clock clock;

    JdbcPolicySettings(SettingsCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public PolicyValue valueOn(String key, LocalDate on) {
        return findValueOn(key, on)
                .orElseThrow(() -> new IllegalStateException("No value of " + key + " is in force on " + on));
    }

    @Override
    public PolicyValue valueToday(String key) {
        return valueOn(key, today());
    }

    @Override
    public Optional<PolicyValue> findValueOn(String key, LocalDate on) {
        var value = catalogue.findInForce(key, on);
        if (value.isEmpty() && catalogue.findDefinition(key).isEmpty()) {
            throw new UnknownSetting(key);
        }
        return value;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Override
    public List<SettingDefinition> definitions() {
        return catalogue.definitions();
    }

    @Override
    public Optional<SettingDefinition> findDefinition(String key) {
        return catalogue.findDefinition(key);
    }
}
