package org.ansim.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.CaseRef;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Case numbers: the year of opening and a yearly sequence, unique even when cases open at once on several nodes. */
@AnsimIntegrationTest
class CaseNumberingTests {

    @Autowired
    CaseOpening opening;

    @Autowired
    CaseNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentOpeningsGetUniqueNumbersOfTheYear() throws Exception {
        var year = LocalDate.now(PolicySettings.ZONE).getYear();
        var tasks = new ArrayList<Callable<CaseRef>>();
        for (int i = 0; i < 40; i++) {
            var reference = "numbering-" + System.nanoTime() + "-" + i;
            tasks.add(() -> transactions.execute(status -> opening.open(walkIn(reference))));
        }
        List<CaseRef> opened = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<CaseRef> future : pool.invokeAll(tasks)) {
                opened.add(future.get());
            }
        }

        var counters = opened.stream()
                .map(ref -> ref.number().value())
                .peek(number -> assertThat(number).startsWith("STK-" + year + "-"))
                .map(number -> Long.parseLong(number.substring(9)))
                .sorted()
                .toList();
        assertThat(counters).doesNotHaveDuplicates().hasSize(40);
    }

    @Test
    void theCounterStartsAgainEachYearAndARolledBackOpeningNeverMakesANumberTwice() {
        var farYear = Instant.parse("2091-06-01T00:00:00Z");
        var first = transactions.execute(status -> numbers.next(farYear));
        var rolledBack = transactions.execute(status -> {
            var number = numbers.next(farYear);
            status.setRollbackOnly();
            return number;
        });
        var third = transactions.execute(status -> numbers.next(farYear));

        assertThat(first).isEqualTo(new CaseNumber("STK-2091-000001"));
        assertThat(rolledBack).isEqualTo(new CaseNumber("STK-2091-000002"));
        assertThat(third).isEqualTo(new CaseNumber("STK-2091-000003"));
    }

    @Test
    void openingTwiceWithTheSameChannelReferenceGivesTheSameCase() {
        var reference = "idempotent-" + System.nanoTime();

        var first = transactions.execute(status -> opening.open(walkIn(reference)));
        var second = transactions.execute(status -> opening.open(walkIn(reference)));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM cases_case WHERE channel_reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    static OpenCase walkIn(String reference) {
        return new OpenCase(Channel.WALK_IN, reference, Instant.now(), "마포구", null, null, List.of("LEGAL"));
    }
}
