package org.totalplace.commons.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every documented response header (ETag, Location, ...) a string schema where its annotation gave none.
 * A header without schema or content is invalid OpenAPI, and client generators log an error for each one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HeaderSchemaFilter implements OASFilter {

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return header;
    }
}
