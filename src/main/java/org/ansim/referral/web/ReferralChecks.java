package org.ansim.referral.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ansim.privacy.PhoneNumber;
import org.ansim.referral.PoliceReferral.MeasureKind;
import org.springframework.stereotype.Component;

/**
 * Everything wrong with a referral, each named by its field as the police system sent it: bean validation plus the
 * rules that span fields (an end before its start, a provisional measure without its number, an impossible phone).
 */
@Component
class ReferralChecks {

    record FieldProblem(String field, String message) {}

    private final Validator validator;
    private final Clock clock;

    ReferralChecks(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    List<FieldProblem> problems(ReferralRequest request) {
        var problems = new ArrayList<FieldProblem>();
        validator
                .validate(request)
                .forEach(violation -> problems.add(
                        new FieldProblem(field(violation.getPropertyPath().toString()), violation.getMessage())));
        if (request.victim() != null
                && request.victim().phone() != null
                && !isPhone(request.victim().phone())) {
            problems.add(new FieldProblem("victim.phone", "is not a Korean telephone number"));
        }
        if (request.offender() != null) {
            var offender = request.offender();
            if (offender.phone() != null && !isPhone(offender.phone())) {
                problems.add(new FieldProblem("offender.phone", "is not a Korean telephone number"));
            }
            if (offender.birthYear() != null
                    && offender.birthYear() > Year.now(clock).getValue()) {
                problems.add(new FieldProblem("offender.birthYear", "must not be in the future"));
            }
        }
        var incident = request.incident();
        if (incident != null
                && incident.firstOccurredOn() != null
                && incident.lastOccurredAt() != null
                && incident.lastOccurredAt().toLocalDate().isBefore(incident.firstOccurredOn())) {
            problems.add(new FieldProblem("incident.lastOccurredAt", "must not be before firstOccurredOn"));
        }
        if (request.measures() != null) {
            for (int i = 0; i < request.measures().size(); i++) {
                var measure = request.measures().get(i);
                if (measure == null) {
                    continue;
                }
                if (measure.startsOn() != null
                        && measure.endsOn() != null
                        && measure.endsOn().isBefore(measure.startsOn())) {
                    problems.add(new FieldProblem("measures[" + i + "].endsOn", "must not be before startsOn"));
                }
                if (measure.kind() == MeasureKind.PROVISIONAL_MEASURE && measure.provisionalNo() == null) {
                    problems.add(new FieldProblem(
                            "measures[" + i + "].provisionalNo", "is required for a provisional measure"));
                }
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private static boolean isPhone(String text) {
        try {
            PhoneNumber.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code measures[0].endsOn} stays as it is; {@code victim.phone} too; list element markers are tidied. */
    private static String field(String path) {
        return path.replace(".<list element>", "").replaceAll("<[^>]*>", "");
    }
}
