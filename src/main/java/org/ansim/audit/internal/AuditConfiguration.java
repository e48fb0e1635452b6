package org.ansim.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    /**
     * Appends run in a short transaction of their own while the audited work holds its connection. On the shared pool,
     * as many concurrent requests as the pool has connections would each wait for a second one that never comes; so
     * the log has a small pool of its own on the same database (the shared one only when the data source is not a
     * Hikari pool it can copy).
     */
    @Bean(destroyMethod = "close")
    AuditConnections auditConnections(DataSource dataSource, AuditProperties properties) {
        if (!(dataSource instanceof HikariDataSource shared)) {
            log.warn(
                    "The audit log shares the application's connection pool ({})",
                    dataSource.getClass().getName());
            return new AuditConnections(dataSource, null);
        }
        var own = new HikariDataSource();
        own.setJdbcUrl(shared.getJdbcUrl());
        own.setUsername(shared.getUsername());
        own.setPassword(shared.getPassword());
        own.setDataSourceProperties(shared.getDataSourceProperties());
        own.setPoolName(shared.getPoolName() + "-audit");
        own.setMaximumPoolSize(properties.connections());
        own.setMinimumIdle(1);
        own.setConnectionTimeout(shared.getConnectionTimeout());
        own.setValidationTimeout(shared.getValidationTimeout());
        own.setInitializationFailTimeout(-1);
        return new AuditConnections(own, own);
    }

    @Bean
    AuditChains auditChains(AuditConnections connections, AuditProperties properties) {
        var chains = new AuditChains(
                JdbcClient.create(connections.dataSource()),
                new DataSourceTransactionManager(connections.dataSource()),
                properties.chains());
        chains.open();
        return chains;
    }

    @Bean
    ChainVerifier chainVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new ChainVerifier(jdbc, transactionManager);
    }

    /** The audit log's own connections, closed with the application. */
    record AuditConnections(DataSource dataSource, HikariDataSource owned) implements AutoCloseable {

        @Override
        public void close() {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
