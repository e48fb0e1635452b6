package org.ansim.conference;

import java.time.Instant;
import java.util.UUID;
import org.ansim.cases.CaseId;

/** A new incident was counted for a case (once per source). */
public record IncidentRecorded(UUID incidentId, CaseId caseId, IncidentKind kind, Instant occurredAt, Instant at) {}
