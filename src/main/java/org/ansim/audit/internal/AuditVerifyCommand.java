package org.ansim.audit.internal;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command line verification: {@code java -jar ansim.jar --audit-verify} starts Ansim without a web server, walks
 * every chain, prints the result and exits with status 0 when the log is intact and 1 when it is broken.
 */
@Component
public class AuditVerifyCommand implements ApplicationRunner {

    /** The command line option that asks for the verification. */
    public static final String OPTION = "audit-verify";

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = verifyAndPrint(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Walks every chain, prints the result and returns the exit status: 0 intact, 1 broken. */
    int verifyAndPrint(PrintStream out) {
        var verification = verifier.verify();
        out.println(describe(verification));
        return verification.intact() ? 0 : 1;
    }

    static String describe(Verification verification) {
        var text = new StringBuilder();
        text.append(verification.intact() ? "AUDIT LOG INTACT" : "AUDIT LOG BROKEN")
                .append(": ")
                .append(verification.entriesChecked())
                .append(" entries in ")
                .append(verification.chainsChecked())
                .append(" chains checked at ")
                .append(verification.startedAt());
        for (var link : verification.brokenLinks()) {
            text.append(System.lineSeparator())
                    .append("  chain ")
                    .append(link.chain())
                    .append(" seq ")
                    .append(link.seq())
                    .append(" entry ")
                    .append(link.entryId() == null ? "-" : link.entryId())
                    .append(": ")
                    .append(link.problem());
        }
        if (!verification.intact()) {
            var first = verification.firstBrokenLink();
            text.append(System.lineSeparator())
                    .append("First broken link: chain ")
                    .append(first.chain())
                    .append(" seq ")
                    .append(first.seq())
                    .append(" (")
                    .append(first.problem())
                    .append(')');
        }
        return text.toString();
    }
}
