package org.ansim.cases.internal;

import org.ansim.identity.ClientPrincipal;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.StaffPrincipal;

/** The name under which a change is written on the timeline: the staff member, the machine client, or the system. */
final class ActingParty {

    private ActingParty() {}

    static String name() {
        return CurrentStaff.find()
                .map(StaffPrincipal::username)
                .or(() -> CurrentStaff.findClient().map(ClientPrincipal::auditName))
                .orElse("system");
    }

    static StaffPrincipal staff() {
        return CurrentStaff.find().orElseThrow(() -> new IllegalStateException("No staff member is signed in"));
    }
}
