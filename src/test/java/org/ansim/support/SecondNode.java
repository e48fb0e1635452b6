package org.ansim.support;

import org.ansim.AnsimApplication;
import org.ansim.database.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second Ansim node on the same PostgreSQL as the test's first node, for multi-node tests (sessions, timers,
 * live events). Close it at the end of the test.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondNode on(EmbeddedDatabase database, String... extraProperties) {
        var builder = new SpringApplicationBuilder(AnsimApplication.class)
                .properties(
                        "spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        "server.port=0",
                        "ansim.demo=true")
                .properties(extraProperties);
        return new SecondNode(builder.run());
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
