package org.ansim.providers.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansim.providers.ProviderId;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ProviderProfile;
import org.ansim.providers.ServiceKind;
import org.ansim.providers.internal.ChangeProvider;
import org.ansim.providers.internal.ProviderDirectory;
import org.ansim.providers.internal.ProviderNotFound;
import org.ansim.providers.internal.ProviderRefused;
import org.ansim.providers.internal.RegisterProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider directory over the API: case managers read it to choose; administrators and unit leads keep it. */
@RestController
class ProvidersApiController {

    /** A provider as the API shows it: plain ids. */
    record ProviderAnswer(
            UUID id,
            UUID organisationId,
            String name,
            ProviderKind kind,
            java.util.Set<ServiceKind> services,
            List<String> districts,
            int capacity,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            boolean active) {

        static ProviderAnswer of(ProviderProfile p) {
            return new ProviderAnswer(
                    p.id().value(),
                    p.organisationId().value(),
                    p.name(),
                    p.kind(),
                    p.services(),
                    p.districts(),
                    p.capacity(),
                    p.contactPhone(),
                    p.contactEmail(),
                    p.active());
        }
    }

    private final ProviderDirectory directory;
    private final RegisterProvider registering;
    private final ChangeProvider changing;

    ProvidersApiController(ProviderDirectory directory, RegisterProvider registering, ChangeProvider changing) {
        this.directory = directory;
        this.registering = registering;
        this.changing = changing;
    }

    @GetMapping("/api/v1/providers")
    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD', 'CASE_MANAGER')")
    List<ProviderAnswer> list(@RequestParam(required = false) @Nullable String service) {
        var found = service == null || service.isBlank() ? directory.all() : directory.offering(serviceKind(service));
        return found.stream().map(ProviderAnswer::of).toList();
    }

    @PostMapping("/api/v1/providers")
    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
    ResponseEntity<ProviderAnswer> register(@Valid @RequestBody ProviderRequest request) {
        var profile = registering.execute(request.toDetails());
        return ResponseEntity.created(
                        URI.create("/api/v1/providers/" + profile.id().value()))
                .body(ProviderAnswer.of(profile));
    }

    @PutMapping("/api/v1/providers/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
    ProviderAnswer change(@PathVariable UUID id, @Valid @RequestBody ProviderRequest request) {
        return ProviderAnswer.of(changing.execute(
                new ProviderId(id), request.toDetails(), request.active() == null || request.active()));
    }

    @ExceptionHandler(ProviderRefused.class)
    ProblemDetail refused(ProviderRefused refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.reasonKey());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/provider-refused"));
        problem.setTitle("Provider entry refused");
        return problem;
    }

    @ExceptionHandler(ProviderNotFound.class)
    ProblemDetail notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such provider");
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/not-found"));
        problem.setTitle("Not Found");
        return problem;
    }

    private static ServiceKind serviceKind(String text) {
        for (var kind : ServiceKind.values()) {
            if (kind.name().equals(text.strip())) {
                return kind;
            }
        }
        throw new UnknownService();
    }

    /** A {@code service} parameter that names no service. */
    static class UnknownService extends RuntimeException {}

    @ExceptionHandler(UnknownService.class)
    ProblemDetail unknownService() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid.");
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", "service", "message", "is not a known service")));
        return problem;
    }
}
