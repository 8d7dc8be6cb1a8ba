package org.totalplace.counting.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.totalplace.testsupport.contract.ClientGeneration;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentParsesAndEveryOperationHasItsOwnOperationId() {
        ClientGeneration.assertServiceDocumentFit();
    }
}
