package org.ansim.database;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all of Ansim, in Seoul time, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Bean
    Clock clock() {
        return Clock.system(SEOUL);
    }
}
