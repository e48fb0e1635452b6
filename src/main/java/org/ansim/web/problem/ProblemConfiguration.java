package org.ansim.web.problem;

import java.util.List;
import org.ansim.web.UploadLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    static final long BODY_LIMIT = 1024 * 1024;

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(List<UploadLimit> uploads) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(BODY_LIMIT, uploads));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
