package org.ansim.privacy.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code java -jar target/ansim.jar --privacy-new-keyset=/path/keyset.json}: writes new key sets (permissions 600)
 * and exits before anything else starts. It never overwrites an existing file. The same is available as a plain main
 * class for {@code exec:java}.
 */
public class NewKeysetCommand implements EnvironmentPostProcessor {

    static final String OPTION = "privacy-new-keyset";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var target = environment.getProperty(OPTION);
        if (target != null) {
            System.exit(run(target, System.out, System.err));
        }
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: NewKeysetCommand /path/keyset.json");
            System.exit(2);
        }
        System.exit(run(args[0], System.out, System.err));
    }

    static int run(String target, PrintStream out, PrintStream err) {
        if (target.isBlank()) {
            err.println("--" + OPTION + " needs a file name, e.g. --" + OPTION + "=/etc/ansim/keyset.json");
            return 2;
        }
        var file = Path.of(target).toAbsolutePath();
        if (Files.exists(file)) {
            err.println(file + " exists already; Ansim never overwrites a key set (its data could not be read).");
            return 1;
        }
        var keyring = Keyring.createFile(file, Clock.systemUTC());
        out.println("Wrote new privacy key sets to " + file + " (permissions 600):");
        keyring.keys().forEach(key -> out.println("  " + key.purpose() + " key " + key.id() + " " + key.algorithm()));
        out.println("Back it up apart from the database, and start Ansim with ANSIM_KEYSET=" + file);
        return 0;
    }
}
