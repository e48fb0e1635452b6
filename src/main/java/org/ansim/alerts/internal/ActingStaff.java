package org.ansim.alerts.internal;

import org.ansim.identity.CurrentStaff;
import org.ansim.identity.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in staff member an acknowledgement or closing is recorded under. */
final class ActingStaff {

    private ActingStaff() {}

    static String username() {
        return CurrentStaff.find()
                .map(StaffPrincipal::username)
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in staff member can act on an alert"));
    }
}
