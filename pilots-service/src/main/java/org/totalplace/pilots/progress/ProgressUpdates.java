package org.totalplace.pilots.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.place.Place;

import java.time.LocalDate;
import java.util.List;

/** Dated notes of what a place has done, newest first. */
@ApplicationScoped
@Transactional
public class ProgressUpdates {

    @Schema(name = "ProgressUpdateRequest")
    public record UpdateRequest(
            @Schema(example = "2009-08-10") @NotNull LocalDate date,
            @Schema(example = "The Executive Programme Board extended the pilot to 'Access to Services' in the county.")
            @NotBlank @Size(max = 10000) String text) {
    }

    @Schema(name = "ProgressUpdate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateView(@Schema(example = "12") Long id, @Schema(example = "2009-08-10") LocalDate date,
                             String text) {
        static UpdateView of(ProgressUpdate u) {
            return new UpdateView(u.id, u.updateDate, u.text);
        }
    }

    public UpdateView add(String placeId, UpdateRequest request) {
        Place.require(placeId);
        ProgressUpdate u = new ProgressUpdate();
        u.placeId = placeId;
        u.updateDate = request.date();
        u.text = request.text().trim();
        u.persist();
        return UpdateView.of(u);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UpdateView> of(String placeId) {
        Place.require(placeId);
        return ProgressUpdate.<ProgressUpdate>find("placeId = ?1 order by updateDate desc, id desc", placeId)
                .stream().map(UpdateView::of).toList();
    }
}
