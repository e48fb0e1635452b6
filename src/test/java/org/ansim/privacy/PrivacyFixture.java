package org.ansim.privacy;

import java.time.Clock;
import org.ansim.audit.AuditLog;
import org.ansim.privacy.internal.Keyring;

/** The privacy services without Spring, on in-memory key sets, for benchmarks and plain tests. */
public final class PrivacyFixture {

    private final SealedValues sealedValues;
    private final MatchKeys matchKeys;

    private PrivacyFixture(Keyring keyring, AuditLog auditLog) {
        this.sealedValues = new SealedValues(keyring, auditLog);
        this.matchKeys = new MatchKeys(keyring);
    }

    public static PrivacyFixture inMemory(AuditLog auditLog) {
        return new PrivacyFixture(Keyring.generate(Clock.systemUTC()), auditLog);
    }

    public SealedValues sealedValues() {
        return sealedValues;
    }

    public MatchKeys matchKeys() {
        return matchKeys;
    }
}
