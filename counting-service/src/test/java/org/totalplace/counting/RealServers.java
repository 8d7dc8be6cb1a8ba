package org.totalplace.counting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.totalplace.testsupport.DatabaseTestResource;
import org.totalplace.testsupport.KafkaTestResource;

/** Every test in this module runs against a fresh database on the real server and a real Kafka broker. */
@QuarkusTestResource(value = DatabaseTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "name", value = "counting"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
public final class RealServers {
    private RealServers() {
    }
}
