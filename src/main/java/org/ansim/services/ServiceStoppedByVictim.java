package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/** The victim stopped a service that had begun; its open referral is suspended at once. */
public record ServiceStoppedByVictim(CaseId caseId, ServiceKind service, String recordedBy, Instant at) {}
