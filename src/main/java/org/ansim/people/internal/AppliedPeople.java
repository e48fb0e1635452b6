package org.ansim.people.internal;

import org.ansim.intake.ApplicationReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An applicant from the hotline, the online form or a walk-in is matched like a referred victim: a woman already known
 * from a police referral is offered as "same person?", not registered twice. Redelivery of the event changes nothing.
 */
@Component
class AppliedPeople {

    private final VictimRegistration victims;

    AppliedPeople(VictimRegistration victims) {
        this.victims = victims;
    }

    @ApplicationModuleListener
    void on(ApplicationReceived application) {
        victims.register(
                application.caseId(),
                application.caseNumber(),
                application.applicantName(),
                application.applicantBirthDate(),
                application.applicantPhone());
    }
}
