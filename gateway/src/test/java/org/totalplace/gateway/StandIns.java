package org.totalplace.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test in this module runs the gateway against real HTTP stand-ins for the services. */
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
public final class StandIns {
    private StandIns() {
    }
}
