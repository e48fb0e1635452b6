package org.ansim.alerts;

import java.time.Instant;

/** A dispatcher called the police (112) about an alert; the call is recorded with who and when. */
public record PoliceCalledForAlert(
        AlertId alertId, String caseNumber, String calledBy, Instant calledAt, long sequence) {}
