package org.totalplace.testsupport.contract;

import io.restassured.RestAssured;
import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts {@link ContractFilter} on every REST Assured request of every {@code @QuarkusTest} in a module that has
 * test-support on its test class path (registered as a Quarkus test callback, so no test opts in), and says per
 * test class how many tests and exchanges were checked.
 *
 * <p>A Quarkus callback rather than a JUnit extension: it runs in the class loader of the test and the application,
 * so it sets the same RestAssured the tests use.
 */
public final class ContractCoverage implements QuarkusTestBeforeEachCallback, QuarkusTestAfterAllCallback {

    private static volatile String currentTest;
    private static final Map<String, AtomicInteger> EXCHANGES_BY_TEST = new ConcurrentHashMap<>();
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ContractCoverage.class) {
            if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
                RestAssured.filters(new ContractFilter());
            }
        }
        currentTest = context.getTestInstance().getClass().getName() + "#" + context.getTestMethod().getName();
    }

    // also counts exchanges made from threads the test starts
    static void exchangeChecked() {
        String test = currentTest;
        if (test != null) {
            EXCHANGES_BY_TEST.computeIfAbsent(test, t -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        if (!REPORTED.add(context.getTestInstance().getClass().getName())) {
            return;
        }
        String prefix = context.getTestInstance().getClass().getName() + "#";
        int tests = 0;
        int exchanges = 0;
        for (Map.Entry<String, AtomicInteger> e : EXCHANGES_BY_TEST.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                tests++;
                exchanges += e.getValue().get();
            }
        }
        System.out.printf("[contract] %s: %d tests, %d exchanges checked against the service's OpenAPI document%n",
                context.getTestInstance().getClass().getSimpleName(), tests, exchanges);
        currentTest = null;
    }
}
