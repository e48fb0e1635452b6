package org.ansim.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.safety.HomeDeviceType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The devices issued to a case's home, by serial and type. */
@Service
public class HomeDevices {

    /** A device as the case's safety tab lists it. */
    public record HomeDevice(UUID id, String serial, HomeDeviceType type, Instant registeredAt, String registeredBy) {}

    /** A device found by serial, for an event from the gateway. */
    record IssuedDevice(UUID id, UUID caseId, String caseNumber, HomeDeviceType type) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    HomeDevices(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean wellFormedSerial(String serial) {
        return serial.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }

    /**
     * @return false when the serial is already issued (to this case or another)
     * @throws IllegalArgumentException for a malformed serial
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    public boolean register(CaseSummary toCase, String serial, HomeDeviceType type, String by) {
        var normalised = serial.strip();
        if (!wellFormedSerial(normalised)) {
            throw new IllegalArgumentException("A serial is 1 to 64 letters, digits, dots, dashes or underscores");
        }
        var id = UUID.randomUUID();
        try {
            insert(id, toCase.id().value(), toCase.number().value(), normalised, type, by);
        } catch (DuplicateKeyException taken) {
            return false;
        }
        audit.record(AuditAction.CREATE, AuditSubject.of("safety-home-device", id), type + " " + normalised);
        return true;
    }

    void insert(UUID id, UUID caseId, String caseNumber, String serial, HomeDeviceType type, String by) {
        jdbc.sql("""
                        INSERT INTO safety_home_device (id, case_id, case_number, serial, type, registered_at, registered_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, caseNumber, serial, type.name(), Timestamp.from(clock.instant()), by)
                .update();
    }

    @Transactional(readOnly = true)
    public List<HomeDevice> ofCase(UUID caseId) {
        return jdbc.sql("""
                        SELECT id, serial, type, registered_at, registered_by FROM safety_home_device
                         WHERE case_id = ? ORDER BY registered_at, serial""")
                .param(caseId)
                .query((rs, n) -> new HomeDevice(
                        rs.getObject("id", UUID.class),
                        rs.getString("serial"),
                        HomeDeviceType.valueOf(rs.getString("type")),
                        rs.getTimestamp("registered_at").toInstant(),
                        rs.getString("registered_by")))
                .list();
    }

    Optional<IssuedDevice> findBySerial(String serial) {
        return jdbc.sql("SELECT id, case_id, case_number, type FROM safety_home_device WHERE serial = ?")
                .param(serial)
                .query((rs, n) -> new IssuedDevice(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"),
                        HomeDeviceType.valueOf(rs.getString("type"))))
                .optional();
    }
}
