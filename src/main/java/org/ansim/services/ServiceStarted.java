package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/** The first session of a service was delivered: the victim is being supported. */
public record ServiceStarted(CaseId caseId, ServiceKind service, ServiceReferralId referralId, Instant at) {}
