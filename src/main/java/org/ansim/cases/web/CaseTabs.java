package org.ansim.cases.web;

import java.util.Comparator;
import java.util.List;
import org.ansim.cases.CaseTab;
import org.ansim.identity.CurrentStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The case page's tabs from every module, as the signed-in user may see them; templates ask it as
 * {@code ${@caseTabs.visible()}} (see {@code cases/fragments :: tabs}).
 */
@Component("caseTabs")
public class CaseTabs {

    private final ObjectProvider<CaseTab.Contributor> contributors;

    CaseTabs(ObjectProvider<CaseTab.Contributor> contributors) {
        this.contributors = contributors;
    }

    public List<CaseTab> visible() {
        var role = CurrentStaff.find().map(staff -> staff.role().name());
        if (role.isEmpty()) {
            return List.of();
        }
        return contributors
                .orderedStream()
                .flatMap(contributor -> contributor.caseTabs().stream())
                .filter(tab -> tab.roles().isEmpty() || tab.roles().contains(role.get()))
                .sorted(Comparator.comparingInt(CaseTab::order))
                .toList();
    }
}
