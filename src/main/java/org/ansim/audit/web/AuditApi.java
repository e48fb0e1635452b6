package org.ansim.audit.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.ansim.audit.internal.AuditEntry;
import org.ansim.audit.internal.BrokenLink;
import org.ansim.audit.internal.SearchAuditEntries;
import org.ansim.audit.internal.Verification;
import org.ansim.audit.internal.VerifyAuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The access log for auditors' tools: its entries, filtered and paged, and its verification. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApi {

    private static final HexFormat HEX = HexFormat.of();

    private final SearchAuditEntries search;
    private final VerifyAuditTrail verify;

    AuditApi(SearchAuditEntries search, VerifyAuditTrail verify) {
        this.search = search;
        this.verify = verify;
    }

    @GetMapping("/entries")
    EntriesPage entries(@Valid @ModelAttribute AuditFilter filter) {
        var page = search.execute(filter.toQuery(), filter.pageOrFirst());
        return new EntriesPage(
                page.entries().stream().map(AuditApi::json).toList(), page.page(), page.size(), page.hasNext());
    }

    @PostMapping("/verifications")
    VerificationResult verify() {
        return json(verify.execute());
    }

    private static Entry json(AuditEntry e) {
        return new Entry(
                e.id(),
                e.occurredAt(),
                new Actor(e.actorName(), e.actorKind(), e.organisation()),
                e.sourceAddress(),
                e.action(),
                new Subject(e.subjectType(), e.subjectId()),
                e.reason(),
                e.chainNo(),
                e.seq(),
                HEX.formatHex(e.prevHash()),
                HEX.formatHex(e.hash()));
    }

    private static VerificationResult json(Verification v) {
        return new VerificationResult(
                v.intact(), v.startedAt(), v.chainsChecked(), v.entriesChecked(), v.firstBrokenLink(), v.brokenLinks());
    }

    record EntriesPage(List<Entry> entries, int page, int size, boolean hasNext) {}

    record Entry(
            long id,
            Instant occurredAt,
            Actor actor,
            @Nullable String sourceAddress,
            String action,
            Subject subject,
            @Nullable String reason,
            int chain,
            long seq,
            String prevHash,
            String hash) {}

    record Actor(String name, String kind, @Nullable String organisation) {}

    record Subject(String type, String id) {}

    record VerificationResult(
            boolean intact,
            Instant startedAt,
            int chainsChecked,
            long entriesChecked,
            @Nullable BrokenLink firstBrokenLink,
            List<BrokenLink> brokenLinks) {}
}
