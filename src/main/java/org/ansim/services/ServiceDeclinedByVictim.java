package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/** The victim does not want a service of her plan; recorded as her choice, nothing is sent for it. */
public record ServiceDeclinedByVictim(CaseId caseId, ServiceKind service, String recordedBy, Instant at) {}
