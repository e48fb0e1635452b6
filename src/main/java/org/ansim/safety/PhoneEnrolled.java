package org.ansim.safety;

import java.time.Instant;
import java.util.UUID;

/** A victim's phone exchanged its one-time code for a device token. */
public record PhoneEnrolled(UUID deviceId, String caseNumber, Instant enrolledAt) {}
