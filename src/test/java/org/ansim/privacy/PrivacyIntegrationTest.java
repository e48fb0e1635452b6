package org.ansim.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ansim.audit.AuditLog;
import org.ansim.privacy.web.RevealDemoController;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The privacy module's integration tests: the whole application on the embedded PostgreSQL, with the audit log
 * replaced by a mock so each test can see what was written. All such test classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@MockitoBean(types = AuditLog.class)
@Import(RevealDemoController.class)
public @interface PrivacyIntegrationTest {}
