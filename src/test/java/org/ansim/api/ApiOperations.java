package org.ansim.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ansim.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every operation of Ansim's API, read from its own OpenAPI document. */
record ApiOperations(JsonNode document, List<Operation> operations) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Operation(String method, String path, JsonNode spec) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        /** The path with every {variable} replaced by the given value. */
        String pathWith(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        List<String> queryParameters() {
            var names = new ArrayList<String>();
            for (var parameter : spec.path("parameters")) {
                if ("query".equals(parameter.path("in").asString())) {
                    names.add(parameter.path("name").asString());
                }
            }
            return names;
        }
    }

    static ApiOperations load(int port) {
        var response = ApiClient.anonymous(port).get("/v3/api-docs");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No OpenAPI document: " + response.statusCode());
        }
        var document = JSON.readTree(response.body());
        var operations = new ArrayList<Operation>();
        var paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
            var path = it.next();
            for (var method : List.of("get", "post", "put", "patch", "delete")) {
                var spec = path.getValue().get(method);
                if (spec != null) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), spec));
                }
            }
        }
        return new ApiOperations(document, operations);
    }
}
