package org.totalplace.governance.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.util.ArrayList;
import java.util.List;

/** A numbered item of a meeting's agenda, with its own minutes and the decisions taken at it. */
@Entity
public class AgendaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "item_number")
    public int number;
    public String title;
    /** Whose report the item considers, e.g. "Leicestershire County Council". */
    public String reportOf;
    public String contactPersonId;
    public String minutes;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    @OrderBy("id ASC")
    public List<Decision> decisions = new ArrayList<>();
}
