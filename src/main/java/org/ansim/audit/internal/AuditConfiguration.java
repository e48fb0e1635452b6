package org.ansim.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditChains auditChains(
            JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditProperties properties) {
        var chains = new AuditChains(jdbc, transactionManager, properties.chains());
        chains.open();
        return chains;
    }

    @Bean
    ChainVerifier chainVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new ChainVerifier(jdbc, transactionManager);
    }
}
