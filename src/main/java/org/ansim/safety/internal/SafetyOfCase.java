package org.ansim.safety.internal;

import java.util.List;
import org.ansim.cases.CaseId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's phones and home devices, for its safety tab (the caller has checked case access). */
@Service
public class SafetyOfCase {

    public record Equipment(List<Phone> phones, List<HomeDevices.HomeDevice> devices) {}

    private final Phones phones;
    private final HomeDevices devices;

    SafetyOfCase(Phones phones, HomeDevices devices) {
        this.phones = phones;
        this.devices = devices;
    }

    @Transactional(readOnly = true)
    public Equipment of(CaseId caseId) {
        return new Equipment(phones.findByCaseIdOrderByEnrolledAt(caseId.value()), devices.ofCase(caseId.value()));
    }
}
