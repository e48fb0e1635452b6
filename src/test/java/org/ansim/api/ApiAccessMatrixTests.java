package org.ansim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ansim.identity.Role;
import org.ansim.identity.internal.DemoAccounts;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Every demo role and every machine client against every {@code /api/**} operation of the OpenAPI document, checked
 * against the expected-access table {@code api-access.txt} beside this test. An operation missing from the table fails
 * the build: no endpoint ships without a decision on who may call it.
 */
@AnsimIntegrationTest
class ApiAccessMatrixTests {

    static final Map<String, String> CLIENT_KEYS =
            Map.of("police", "demo-police-key", "police-2", "demo-police-key-2", "device", "demo-device-key");

    /** The demo victim's enrolled phone: a caller of its own, not a machine client. */
    static final String PHONE = "phone";

    static final String PHONE_TOKEN = "demo-phone-token";

    @LocalServerPort
    int port;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws IOException {
        var operations = ApiOperations.load(port);
        var table = AccessTable.read(new ClassPathResource("org/ansim/api/api-access.txt"));

        var undecided = new TreeSet<String>();
        for (var operation : operations.operations()) {
            if (!table.decides(operation.key())) {
                undecided.add(operation.key());
            }
        }
        assertThat(undecided)
                .as("operations without an access decision in api-access.txt")
                .isEmpty();
        var stale = new TreeSet<>(table.operations());
        operations.operations().forEach(operation -> stale.remove(operation.key()));
        assertThat(stale)
                .as("rows in api-access.txt for operations that no longer exist")
                .isEmpty();

        var callers = callers();
        var wrong = new ArrayList<String>();
        for (var operation : operations.operations()) {
            var path = operation.pathWith("00000000-0000-0000-0000-000000000000");
            var body = operation.hasBody() ? "{}" : null;
            for (var caller : callers) {
                var allowed = table.allows(operation.key(), caller.name());
                var status =
                        caller.send(operation.method(), path, body, Map.of()).statusCode();
                var refused = status == 401 || status == 403;
                if (allowed == refused) {
                    wrong.add("%s as %s: %d (table says %s)"
                            .formatted(operation.key(), caller.name(), status, allowed ? "allowed" : "refused"));
                }
            }
            var anonymous = ApiClient.anonymous(port)
                    .send(operation.method(), path, body, Map.of("Content-Type", "application/json"));
            if (!table.allows(operation.key(), "PUBLIC") && anonymous.statusCode() != 401) {
                wrong.add("%s as nobody: %d (expected 401)".formatted(operation.key(), anonymous.statusCode()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    List<ApiCaller> callers() {
        var callers = new ArrayList<ApiCaller>();
        for (var role : Role.values()) {
            var session = StaffSession.signedIn(port, DemoAccounts.username(role), DemoAccounts.PASSWORD);
            session.get("/");
            callers.add(new ApiCaller.Staff(role.name(), session));
        }
        CLIENT_KEYS.forEach(
                (name, key) -> callers.add(new ApiCaller.Client("client:" + name, ApiClient.withKey(port, key))));
        callers.add(new ApiCaller.Client(PHONE, ApiClient.withKey(port, PHONE_TOKEN)));
        return callers;
    }

    /** The expected-access table: {@code METHOD /path | WHO, WHO, …}. */
    record AccessTable(Map<String, Set<String>> rows) {

        static final Set<String> ALL_STAFF = Set.of(
                "ADMIN",
                "UNIT_LEAD",
                "CASE_MANAGER",
                "PROFILER",
                "HOTLINE",
                "POLICE",
                "PROVIDER",
                "SHELTER",
                "DISPATCHER",
                "GUARD",
                "EDUCATOR",
                "ANALYST",
                "AUDITOR");

        static AccessTable read(ClassPathResource resource) throws IOException {
            var rows = new LinkedHashMap<String, Set<String>>();
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            for (var line : text.split("\n")) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                var parts = trimmed.split("\\|", 2);
                var who = new TreeSet<String>();
                for (var token : parts[1].split(",")) {
                    var name = token.strip();
                    switch (name) {
                        case "ALL_STAFF" -> who.addAll(ALL_STAFF);
                        case "ALL_CLIENTS" -> CLIENT_KEYS.keySet().forEach(k -> who.add("client:" + k));
                        case "NOBODY", "" -> {}
                        default ->
                            who.add(
                                    name.startsWith("client:")
                                                    || ALL_STAFF.contains(name)
                                                    || name.equals("PUBLIC")
                                                    || name.equals(PHONE)
                                            ? name
                                            : fail(name));
                    }
                }
                if (who.contains("PUBLIC")) {
                    who.addAll(ALL_STAFF);
                    CLIENT_KEYS.keySet().forEach(k -> who.add("client:" + k));
                    who.add(PHONE);
                }
                rows.put(parts[0].strip().replaceAll("\\s+", " "), who);
            }
            return new AccessTable(rows);
        }

        private static String fail(String name) {
            throw new IllegalArgumentException("Unknown caller in api-access.txt: " + name);
        }

        boolean decides(String operation) {
            return rows.containsKey(operation);
        }

        boolean allows(String operation, String caller) {
            return rows.get(operation).contains(caller);
        }

        Set<String> operations() {
            return rows.keySet();
        }
    }
}
