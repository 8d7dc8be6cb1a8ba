package org.totalplace.system.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One hostile request. {@code mustReject}: every write the fuzzer sends is invalid by construction (a mutation that
 * breaks the contract, or an otherwise harmless hostile value together with a "poison" such as a missing required
 * field), so a 2xx is a validation gap; reads may answer 200.
 */
record FuzzRequest(String category, String service, String method, String path, Map<String, String> headers,
                   byte[] body, String user, boolean mustReject) {

    String describe() {
        String sample = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8)
                .replace("\u0000", "\\0");
        String target = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        return "[" + category + "] " + method + " " + target + " " + headers + " as " + user
                + (body == null ? "" : " body(" + body.length + " bytes): " + sample);
    }
}
