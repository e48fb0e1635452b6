package org.ansim.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ansim.intake.ServiceKind;
import org.ansim.privacy.PhoneNumber;

/**
 * Reading what a form sent. The forms bind text only, so that nothing a browser (or a robot) sends can fail binding;
 * each answer is read here and refused next to its field when it does not make sense.
 */
final class FormAnswers {

    private FormAnswers() {}

    /** Case management always (an application needs it); sharing and statistics where the applicant ticked them. */
    static java.util.Set<org.ansim.consent.ConsentPurpose> purposes(String serviceReferral, String statistics) {
        var purposes = java.util.EnumSet.of(org.ansim.consent.ConsentPurpose.CASE_MANAGEMENT);
        if (ticked(serviceReferral)) {
            purposes.add(org.ansim.consent.ConsentPurpose.SERVICE_REFERRAL);
        }
        if (ticked(statistics)) {
            purposes.add(org.ansim.consent.ConsentPurpose.STATISTICS);
        }
        return purposes;
    }

    static boolean ticked(String checkbox) {
        return "true".equals(checkbox);
    }

    /** An ISO date before today, or empty. */
    static Optional<LocalDate> pastDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip())).filter(date -> date.isBefore(today));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The services named, or empty when one of them is no service. */
    static Optional<List<ServiceKind>> services(List<String> names) {
        if (names == null) {
            return Optional.of(List.of());
        }
        var known = Arrays.stream(ServiceKind.values()).map(Enum::name).toList();
        if (!known.containsAll(names)) {
            return Optional.empty();
        }
        return Optional.of(names.stream().distinct().map(ServiceKind::valueOf).toList());
    }

    static boolean isPhone(String phone) {
        try {
            PhoneNumber.parse(phone);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
