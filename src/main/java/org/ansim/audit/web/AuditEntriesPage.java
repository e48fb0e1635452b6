package org.ansim.audit.web;

import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import org.ansim.audit.AuditAction;
import org.ansim.audit.internal.AuditEntry;
import org.ansim.audit.internal.AuditProperties;
import org.ansim.audit.internal.SearchAuditEntries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The auditor's page: the access log, newest first, filtered by what is in the URL. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditEntriesPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SearchAuditEntries search;
    private final AuditProperties properties;

    AuditEntriesPage(SearchAuditEntries search, AuditProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @GetMapping("/audit")
    String list(@Valid @ModelAttribute("filter") AuditFilter filter, Model model) {
        var page = search.execute(filter.toQuery(), filter.pageOrFirst());
        model.addAttribute("entries", page.entries().stream().map(this::row).toList());
        model.addAttribute("page", page);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", properties.zone().getId());
        if (page.hasPrevious()) {
            model.addAttribute("previousUrl", pageUrl(page.page() - 1));
        }
        if (page.hasNext()) {
            model.addAttribute("nextUrl", pageUrl(page.page() + 1));
        }
        return "audit/list";
    }

    private EntryRow row(AuditEntry entry) {
        return new EntryRow(
                entry.id(),
                WHEN.format(entry.occurredAt().atZone(properties.zone())),
                entry.actorName(),
                entry.actorKind(),
                entry.organisation(),
                entry.sourceAddress(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.reason());
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    record EntryRow(
            long id,
            String when,
            String actorName,
            String actorKind,
            String organisation,
            String sourceAddress,
            String action,
            String subjectType,
            String subjectId,
            String reason) {}
}
