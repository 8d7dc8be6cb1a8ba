package org.totalplace.pilots.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person to contact about a place; name, email and phone are personal data. */
@Entity
public class Contact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String placeId;
    public String name;
    public String role;
    public String organisation;
    public String email;
    public String phone;
}
