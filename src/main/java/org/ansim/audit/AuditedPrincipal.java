package org.ansim.audit;

import org.jspecify.annotations.Nullable;

/**
 * A signed-in party as the audit log names it. The identity module's principals (staff users, machine clients,
 * enrolled phones) implement it, so the audit log can name who acted without depending on identity.
 */
public interface AuditedPrincipal {

    /** The account or client name, e.g. {@code demo-case-manager} or {@code client:police-gangnam}. */
    String auditName();

    /** {@code USER}, {@code CLIENT}, {@code DEVICE} or {@code SYSTEM}. */
    String auditKind();

    /** The organisation the party acts for, if any. */
    @Nullable
    String auditOrganisation();
}
