package org.ansim.conference.internal;

import java.time.LocalDate;
import java.util.List;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.settings.PolicySettings;
import org.springframework.stereotype.Component;

/**
 * "My tasks": the response-plan actions a staff member owns, and the post-management check-ins that are due for her
 * cases within the next two weeks (the unit lead sees every check-in, hers or nobody's). Overdue is counted apart.
 */
@Component
public class TaskList {

    public static final int CHECK_IN_LOOKAHEAD_DAYS = 14;

    /** What the list shows, with its counts. */
    public record Tasks(
            LocalDate today,
            List<ResponsePlan.Action> actions,
            List<FollowUps.CheckIn> checkIns,
            long overdueActions,
            long overdueCheckIns) {

        public int open() {
            return actions.size() + checkIns.size();
        }

        public long overdue() {
            return overdueActions + overdueCheckIns;
        }
    }

    private final ResponsePlan plan;
    private final FollowUps followUps;
    private final PolicySettings settings;

    TaskList(ResponsePlan plan, FollowUps followUps, PolicySettings settings) {
        this.plan = plan;
        this.followUps = followUps;
        this.settings = settings;
    }

    public Tasks of(StaffPrincipal staff) {
        var today = settings.today();
        var actions = plan.openFor(staff.username());
        var checkIns = followUps.pendingDueBy(
                staff.role() == Role.UNIT_LEAD ? null : staff.username(), today.plusDays(CHECK_IN_LOOKAHEAD_DAYS));
        return new Tasks(
                today,
                actions,
                checkIns,
                actions.stream().filter(a -> a.overdueOn(today)).count(),
                checkIns.stream().filter(c -> c.overdueOn(today)).count());
    }
}
