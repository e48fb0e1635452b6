package org.ansim.safety;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.ansim.audit.AuditedPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A victim's enrolled phone, authenticated by its device token (authority {@code ROLE_VICTIM_DEVICE}). It acts only
 * for its own case; nothing else of the case is reachable with it.
 *
 * @param deviceId the enrolled phone's id
 * @param caseNumber the case it belongs to
 */
public record PhonePrincipal(UUID deviceId, String caseNumber)
        implements AuditedPrincipal, java.security.Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String AUTHORITY = "ROLE_VICTIM_DEVICE";

    public PhonePrincipal {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(caseNumber, "caseNumber");
    }

    @Override
    public String auditName() {
        return "phone:" + deviceId;
    }

    @Override
    public String auditKind() {
        return "DEVICE";
    }

    @Override
    public @Nullable String auditOrganisation() {
        return null;
    }

    @Override
    public String getName() {
        return auditName();
    }

    @Override
    public String toString() {
        return auditName();
    }
}
