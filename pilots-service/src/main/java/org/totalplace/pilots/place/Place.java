package org.totalplace.pilots.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.totalplace.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Place extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public PlaceKind kind;
    public String region;
    public String theme;
    @Enumerated(EnumType.STRING)
    public Approach approach;
    @Enumerated(EnumType.STRING)
    public PlaceStatus status;
    public String summary;
    public Long population;
    public Integer populationYear;
    public String populationSource;
    public LocalDate postedOn;
    public LocalDate interimFindingsDue;
    public LocalDate finalReportDue;

    // batch-fetched so that a page of places costs a few queries, not one per place and collection
    @ElementCollection
    @CollectionTable(name = "place_sub_theme", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "sub_theme")
    @BatchSize(size = 50)
    public List<String> subThemes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "place_aspiration", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "aspiration")
    @BatchSize(size = 50)
    public List<String> aspirations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "place_area", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "gss_code")
    @BatchSize(size = 50)
    public List<String> gssCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "place_tag", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    @BatchSize(size = 50)
    public List<String> tags = new ArrayList<>();

    @Version
    public long version;

    /** The place, or 404. */
    public static Place require(String id) {
        return Place.<Place>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("place", id));
    }
}
