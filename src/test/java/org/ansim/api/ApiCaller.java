package org.ansim.api;

import java.net.http.HttpResponse;
import java.util.Map;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;

/** Someone calling the API: a demo role signed in through the form, a demo machine client, or nobody. */
sealed interface ApiCaller {

    String name();

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers);

    record Staff(String name, StaffSession session) implements ApiCaller {
        @Override
        public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
            return session.sendJson(method, path, body, headers);
        }
    }

    record Client(String name, ApiClient client) implements ApiCaller {
        @Override
        public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
            var all = new java.util.HashMap<>(headers);
            if (body != null) {
                all.putIfAbsent("Content-Type", "application/json");
            }
            return client.send(method, path, body, all);
        }
    }
}
