package org.totalplace.system;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Calls through the gateway as a polite client: a 429 is retried after the Retry-After it names (50 calls/s each). */
public final class Http {

    private Http() {
    }

    public static Response send(Supplier<RequestSpecification> request, String method, String url) {
        AtomicReference<Response> last = new AtomicReference<>(request.get().request(method, url));
        if (last.get().statusCode() == 429) {
            Duration wait = Duration.ofSeconds(Math.max(1, Long.parseLong(last.get().header("Retry-After"))));
            await("the rate limit to let " + method + " " + url + " through").atMost(Duration.ofSeconds(60))
                    .pollDelay(wait).pollInterval(wait)
                    .until(() -> {
                        last.set(request.get().request(method, url));
                        return last.get().statusCode() != 429;
                    });
        }
        return last.get();
    }
}
