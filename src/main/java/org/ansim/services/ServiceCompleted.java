package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/** A service of the plan was delivered to its end. */
public record ServiceCompleted(CaseId caseId, ServiceKind service, String recordedBy, Instant at) {}
