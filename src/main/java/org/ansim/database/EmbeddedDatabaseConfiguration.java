package org.ansim.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded PostgreSQL when no {@code SPRING_DATASOURCE_URL} is given. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.forDirectory(properties.dataDir(), properties.cleanOnStart());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName("ansim");
        // Enough for the durable timers' threads (16 by default) and the web requests beside them; idle ones are
        // let go, so the many test contexts of one test run stay well inside the server's 200 connections.
        dataSource.setMaximumPoolSize(30);
        dataSource.setMinimumIdle(5);
        dataSource.setConnectionTimeout(3_000);
        dataSource.setValidationTimeout(1_000);
        dataSource.setInitializationFailTimeout(30_000);
        return dataSource;
    }
}
