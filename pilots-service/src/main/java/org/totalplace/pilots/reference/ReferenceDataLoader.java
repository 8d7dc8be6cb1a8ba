package org.totalplace.pilots.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.pilots.contact.Contacts;
import org.totalplace.pilots.document.PlaceDocuments;
import org.totalplace.pilots.funding.FundingAwards;
import org.totalplace.pilots.organisation.OrganisationNames;
import org.totalplace.pilots.organisation.OrganisationRequest;
import org.totalplace.pilots.organisation.OrganisationService;
import org.totalplace.pilots.partnership.PartnershipRequest;
import org.totalplace.pilots.partnership.PartnershipService;
import org.totalplace.pilots.place.PlaceService;
import org.totalplace.pilots.progress.ProgressUpdates;
import org.totalplace.pilots.reference.ReferenceData.Member;
import org.totalplace.pilots.reference.ReferenceData.PlaceSeed;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.totalplace.pilots.reference.ReferenceData.orEmpty;

/**
 * Loads the programme's places, organisations and partnerships at start-up, through the same services as the API,
 * so the rows are validated and every one publishes its event through the outbox. Idempotent: what exists
 * already (by place id, organisation name or partnership) is left as it is, so a restart writes and publishes
 * nothing, and later edits made through the API are not overwritten.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    public static final String RESOURCE = "reference/total-place.json";

    /** What one run added. */
    public record Loaded(int places, int organisations, int partnerships) {
    }

    private final boolean enabled;
    private final ObjectMapper json;
    private final Validator validator;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final PartnershipService partnerships;
    private final ProgressUpdates updates;
    private final PlaceDocuments documents;
    private final Contacts contacts;
    private final FundingAwards funding;

    public ReferenceDataLoader(@ConfigProperty(name = "pilots.reference-data.load", defaultValue = "true") boolean enabled,
                               ObjectMapper json, Validator validator, PlaceService places,
                               OrganisationService organisations, PartnershipService partnerships,
                               ProgressUpdates updates, PlaceDocuments documents, Contacts contacts,
                               FundingAwards funding) {
        this.enabled = enabled;
        this.json = json;
        this.validator = validator;
        this.places = places;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.updates = updates;
        this.documents = documents;
        this.contacts = contacts;
        this.funding = funding;
    }

    void onStart(@Observes StartupEvent ignored) {
        if (enabled) {
            Loaded loaded = load();
            Log.infof("reference data: %d places, %d organisations and %d partnerships added",
                    loaded.places(), loaded.organisations(), loaded.partnerships());
        }
    }

    public Loaded load() {
        ReferenceData data = read();
        int organisationsAdded = 0;
        for (OrganisationRequest o : data.organisations()) {
            organisationsAdded += added(() -> addOrganisation(o), o.name());
        }
        int placesAdded = 0;
        int partnershipsAdded = 0;
        for (PlaceSeed seed : data.places()) {
            placesAdded += added(() -> addPlace(seed), seed.place().id());
            for (Member m : orEmpty(seed.organisations())) {
                partnershipsAdded += added(() -> addMember(seed.place().id(), m), seed.place().id() + "/" + m.organisation());
            }
        }
        return new Loaded(placesAdded, organisationsAdded, partnershipsAdded);
    }

    /**
     * Runs one step in its own transaction. A conflict means the row is there already in another form (another
     * instance starting at the same moment, or a body recorded through the API under another name): theirs stands.
     */
    private static int added(Callable<Boolean> step, String what) {
        try {
            return QuarkusTransaction.requiringNew().call(step) ? 1 : 0;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ProblemException p && p.status() == 409) {
                    Log.warnf("reference data %s not added: %s", what, p.getMessage());
                    return 0;
                }
            }
            throw e;
        }
    }

    private boolean addOrganisation(OrganisationRequest o) {
        if (organisations.findByName(o.name()).isPresent()) {
            return false;
        }
        organisations.create(o);
        return true;
    }

    // a place and its details are added together or not at all; details have no natural key, so they are
    // only added with a new place
    private boolean addPlace(PlaceSeed seed) {
        String id = seed.place().id();
        if (places.exists(id)) {
            return false;
        }
        places.register(seed.place());
        orEmpty(seed.updates()).forEach(u -> updates.add(id, u));
        orEmpty(seed.documents()).forEach(d -> documents.add(id, d));
        orEmpty(seed.contacts()).forEach(c -> contacts.add(id, c));
        orEmpty(seed.funding()).forEach(f -> funding.add(id, f));
        return true;
    }

    private boolean addMember(String placeId, Member m) {
        String organisationId = OrganisationNames.normalise(m.organisation());
        if (!places.exists(placeId) || organisations.find(organisationId).isEmpty()
                || partnerships.exists(placeId, organisationId)) {
            return false;
        }
        partnerships.add(placeId, new PartnershipRequest(organisationId, m.role(), m.since()));
        return true;
    }

    private ReferenceData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            ReferenceData data = json.readValue(in, ReferenceData.class);
            Set<ConstraintViolation<ReferenceData>> violations = validator.validate(data);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " is invalid: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
