package org.totalplace.pilots.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.totalplace.pilots.place.Place;
import org.totalplace.pilots.place.PlaceRules;

import java.time.LocalDate;
import java.util.List;

/** A place's reports, briefing notes, news releases and slides, newest first. */
@ApplicationScoped
@Transactional
public class PlaceDocuments {

    @Schema(name = "DocumentRequest")
    public record DocumentRequest(
            @Schema(example = "Luton and Central Bedfordshire Total Place: foreword and executive summary")
            @NotBlank @Size(max = 300) String title,
            @Schema(example = "FINAL_REPORT") @NotNull DocumentKind kind,
            @Schema(description = "Link to the document, where it is online", example = "https://www.luton.gov.uk/totalplace.pdf")
            @Size(max = 2000) @URL(message = "must be a valid URL")
            @Pattern(regexp = PlaceRules.HTTP_URL, message = "must be an http(s) URL") String url,
            @Schema(example = "2010-02-05") LocalDate date) {
    }

    @Schema(name = "Document")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(@Schema(example = "3") Long id, String title, DocumentKind kind, String url,
                               LocalDate date) {
        static DocumentView of(PlaceDocument d) {
            return new DocumentView(d.id, d.title, d.kind, d.url, d.publishedOn);
        }
    }

    public DocumentView add(String placeId, DocumentRequest request) {
        Place.require(placeId);
        PlaceDocument d = new PlaceDocument();
        d.placeId = placeId;
        d.title = request.title().trim();
        d.kind = request.kind();
        d.url = request.url();
        d.publishedOn = request.date();
        d.persist();
        return DocumentView.of(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> of(String placeId) {
        Place.require(placeId);
        // undated documents last
        return PlaceDocument.<PlaceDocument>find(
                        "placeId = ?1 order by case when publishedOn is null then 1 else 0 end, publishedOn desc, id",
                        placeId)
                .stream().map(DocumentView::of).toList();
    }
}
