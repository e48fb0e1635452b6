package org.ansim.cases.internal;

import java.time.Clock;
import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.CaseRef;
import org.ansim.cases.OpenCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for an accepted application, in the caller's transaction: a new number for the year, status new, the
 * first contact due from today until the case is assigned, and {@code CaseOpened}. The same channel reference opens
 * no second case.
 */
@Service
class OpenNewCase implements CaseOpening {

    private final Cases cases;
    private final CaseNumbers numbers;
    private final FirstContactDeadlines deadlines;
    private final Clock clock;

    OpenNewCase(Cases cases, CaseNumbers numbers, FirstContactDeadlines deadlines, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CaseRef open(OpenCase command) {
        return openAt(command, clock.instant());
    }

    @Override
    @Transactional
    public CaseRef openAt(OpenCase command, Instant now) {
        if (command.channelReference() != null) {
            var existing = cases.findByChannelAndChannelReference(command.channel(), command.channelReference());
            if (existing.isPresent()) {
                return existing.get().ref();
            }
        }
        var opened =
                Case.open(CaseId.random(), numbers.next(now), command, ActingParty.name(), now, deadlines.from(now));
        return cases.saveAndFlush(opened).ref();
    }
}
