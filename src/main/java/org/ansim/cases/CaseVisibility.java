package org.ansim.cases;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way a module's page or API finds the case it was asked about: by its number as it came in, and only if
 * the viewer may see it. A malformed number, an unknown case and a case the viewer may not see all answer empty, so
 * that callers answer 404 for all three and existence does not leak.
 */
@Component
public class CaseVisibility {

    private final CaseLookup cases;
    private final CaseAccess access;

    CaseVisibility(CaseLookup cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    public Optional<CaseSummary> findVisible(@Nullable String caseNumber, Authentication viewer) {
        if (caseNumber == null || !CaseNumber.isWellFormed(caseNumber)) {
            return Optional.empty();
        }
        return cases.find(new CaseNumber(caseNumber)).filter(found -> access.maySee(found.id(), viewer));
    }

    /**
     * The same for a page or an API that answers 404 "No such case" (problem JSON on the API, the error page in the
     * browser) for a malformed number, an unknown case and a case the viewer may not see alike.
     */
    public CaseSummary requireVisible(@Nullable String caseNumber, Authentication viewer) {
        return findVisible(caseNumber, viewer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case"));
    }
}
