package org.ansim.safety.internal;

import org.ansim.safety.PhonePrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The victim sets her cancel PIN and her duress PIN (4 to 8 digits each, different); only their hashes are kept. */
@Service
public class SetPins {

    private final Phones phones;
    private final PasswordEncoder encoder;

    SetPins(Phones phones, PasswordEncoder encoder) {
        this.phones = phones;
        this.encoder = encoder;
    }

    static boolean wellFormed(String pin) {
        return pin.matches("[0-9]{4,8}");
    }

    /** @throws IllegalArgumentException when a PIN is not 4 to 8 digits or both are the same */
    @Transactional
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public void execute(PhonePrincipal phone, String cancelPin, String duressPin) {
        if (!wellFormed(cancelPin) || !wellFormed(duressPin) || cancelPin.equals(duressPin)) {
            throw new IllegalArgumentException("PINs are 4 to 8 digits and differ");
        }
        phones.findById(phone.deviceId()).orElseThrow().setPins(encoder.encode(cancelPin), encoder.encode(duressPin));
    }
}
